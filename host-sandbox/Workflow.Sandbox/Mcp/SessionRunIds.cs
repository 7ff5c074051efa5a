using System.Security.Cryptography;
using System.Text;
using ModelContextProtocol.Server;

namespace Workflow.Sandbox.Mcp;

/// <summary>
/// One workflow run id per MCP session (<c>mcp-</c> + 32 hex digits): on stdio one for the process; over HTTP one per
/// client session (its <c>Mcp-Session-Id</c>) for clients that open one with the <c>initialize</c> handshake
/// (revisions up to 2025-11-25), and the server process's for sessionless requests (revision 2026-07-28 removed HTTP
/// sessions). Idempotency keys derived from it repeat within a session and differ between sessions and between
/// server processes. Derived, not stored, so a long-running HTTP server keeps nothing per
/// session: an HMAC of the session id under a key drawn when the server starts. (The SDK hands each request its own
/// <see cref="McpServer"/> wrapper, so the object cannot be the key.)
/// </summary>
internal sealed class SessionRunIds
{
    private readonly byte[] _processKey = RandomNumberGenerator.GetBytes(32);

    public string For(McpServer session) =>
        $"mcp-{Convert.ToHexStringLower(HMACSHA256.HashData(_processKey, Encoding.UTF8.GetBytes(session.SessionId ?? "process")))[..32]}";
}
