#!/usr/bin/env bash
# Installs the MCP Inspector CLI (@modelcontextprotocol/inspector, npm), the MCP client nobody here wrote that
# tests/Workflow.Sandbox.Tests/Mcp/InspectorCliTests drives the mcp command with. Installs once into a cache folder
# outside the repo and prints that folder. .ci/run calls it before the tests; the test calls it when CI has not.
# 0.21.x is the last line whose CLI runs on Node 20 (Debian's); its engines field asks for 22, which npm only warns about.
set -euo pipefail
version=0.21.2
dir="${MCP_INSPECTOR_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/incidentplugin/mcp-inspector-$version}"
if [ ! -x "$dir/node_modules/.bin/mcp-inspector" ]; then
  command -v npm >/dev/null 2>&1 || { echo "npm is not installed (Node.js and npm are needed for the MCP Inspector)" >&2; exit 1; }
  mkdir -p "$dir"
  npm install --prefix "$dir" --no-audit --no-fund --loglevel=error "@modelcontextprotocol/inspector@$version" >&2
fi
echo "$dir"
