using System.Text.Json.Nodes;

namespace Workflow.Hosting.DropdownOptions;

/// <summary>Which input's options to resolve, and the form's current values (for options that depend on other inputs).</summary>
/// <param name="ActionId">The action whose form has the input.</param>
/// <param name="InputName">The input whose options to load.</param>
/// <param name="Form">The form's values by input name (a JSON object), or null when none were given.</param>
/// <param name="FormError">Why the values could not be read (e.g. not JSON), or null.</param>
/// <param name="Timeout">How long the read action may run.</param>
internal sealed record OptionsRequest(string ActionId, string InputName, JsonNode? Form, string? FormError, TimeSpan Timeout);
