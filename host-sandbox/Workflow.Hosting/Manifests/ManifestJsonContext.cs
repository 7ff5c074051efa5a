using System.Text.Json;
using System.Text.Json.Serialization;

namespace Workflow.Hosting.Manifests;

/// <summary>
/// Compile-time JSON metadata for the manifest types, with the web defaults the manifests are written in
/// (camelCase, case-insensitive). Reflection-based metadata cost a cold start tens of milliseconds
/// (Reflection.Emit) before the first manifest was mapped.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(PluginManifest))]
[JsonSerializable(typeof(ActionManifest))]
[JsonSerializable(typeof(TriggerManifest))]
internal sealed partial class ManifestJsonContext : JsonSerializerContext;
