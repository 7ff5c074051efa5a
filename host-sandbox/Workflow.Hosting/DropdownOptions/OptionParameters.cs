using System.Text.Json.Nodes;

namespace Workflow.Hosting.DropdownOptions;

/// <summary>Builds the read action's input from <c>parameters</c> and the form's current values, as a builder does on reload.</summary>
internal static class OptionParameters
{
    /// <summary>The read action's input; <paramref name="missing"/> lists the form inputs it needs but the form lacks.</summary>
    public static JsonObject Build(DynamicOptionsSpec spec, JsonObject form, out IReadOnlyList<string> missing)
    {
        var absent = spec.DependsOn.Where(name => !form.ContainsKey(name)).ToList();
        var input = new JsonObject();
        foreach (var (name, source) in spec.Parameters)
        {
            if (source["fromInput"] is { } from)
            {
                var field = (string)from!;
                if (form.TryGetPropertyValue(field, out var value))
                {
                    input[name] = value?.DeepClone();
                }
                else if (!absent.Contains(field))
                {
                    absent.Add(field);
                }
            }
            else
            {
                input[name] = source["value"]?.DeepClone();
            }
        }

        missing = absent;
        return input;
    }
}
