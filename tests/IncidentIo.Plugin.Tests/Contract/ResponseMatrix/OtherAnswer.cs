using System.Text.Json.Nodes;

namespace IncidentIo.Plugin.Tests.Contract.ResponseMatrix;

/// <summary>An operation a multi-call action also makes, answered unchanged while another one's answer is varied.</summary>
/// <param name="SpecPath">The operation's path template in the spec (its example answer is served).</param>
/// <param name="Method">The operation's method.</param>
/// <param name="StubPath">The WireMock path pattern the request hits.</param>
/// <param name="ListName">For a paged list: the items' property, so a request for the next page gets an empty last page.</param>
/// <param name="Edit">Changes the example before it is served (e.g. makes a field one whose options are read).</param>
internal sealed record OtherAnswer(string SpecPath, string Method, string StubPath, string? ListName = null, Action<JsonNode>? Edit = null);
