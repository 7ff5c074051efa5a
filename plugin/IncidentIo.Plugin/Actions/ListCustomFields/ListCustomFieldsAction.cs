using System.Text.Json;
using System.Text.Json.Nodes;
using IncidentIo.Plugin.Actions.Names;
using IncidentIo.Plugin.Client;
using IncidentIo.Plugin.Json;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Actions.ListCustomFields;

/// <summary>
/// Lists the custom fields (<c>GET /v2/custom_fields</c>, scope <c>custom_fields.view</c>) with the options of each select field
/// (<c>GET /v1/custom_field_options</c>, every page), as the names create_incident and update_incident accept. Catalog-backed
/// fields have no options (their values are catalog entries). <c>include_options: false</c> makes it one call.
/// <c>custom_field_id</c> keeps only that field (and reads only its options): what a dependent dropdown of one field's options
/// reads; an id that is not a field fails with <c>not_found</c> at <c>/custom_field_id</c>.
/// </summary>
[WorkflowAction("incidentio.list_custom_fields")]
public sealed class ListCustomFieldsAction : IncidentIoAction
{
    private static readonly string[] SelectTypes = ["single_select", "multi_select"];

    /// <summary>Creates the action with the shared client factory (used by the host).</summary>
    public ListCustomFieldsAction()
        : this(null)
    {
    }

    internal ListCustomFieldsAction(IncidentIoClientFactory? clients)
        : base(clients)
    {
    }

    /// <inheritdoc />
    private protected override async Task<ActionResult> RunAsync(ActionContext context, CancellationToken cancellationToken)
    {
        if (!ActionInput.TryObject(context.Input, out var input, out var inputError))
        {
            return ActionResult.Failure(inputError);
        }

        var lists = new ReferenceData(ClientsFor(context), context);
        var (fields, error) = await lists.CustomFieldsAsync(cancellationToken);
        if (error is not null)
        {
            return ActionResult.Failure(error);
        }

        var withOptions = input["include_options"]?.GetValueKind() != JsonValueKind.False;
        var only = ActionInput.Text(input["custom_field_id"]);
        if (only is not null && !fields!.Any(f => f.Id == only))
        {
            return ActionResult.Failure(CustomFieldNotFound.For(only));
        }

        var listed = new JsonArray();
        foreach (var field in fields!.Where(f => only is null || f.Id == only))
        {
            var item = JsonSerializer.SerializeToNode(field, IncidentIoJson.Options)!.AsObject();
            if (withOptions && field.CatalogTypeId is null && SelectTypes.Contains(field.FieldType))
            {
                var (options, optionsError) = await lists.OptionsAsync(field.Id, cancellationToken);
                if (optionsError is not null)
                {
                    return ActionResult.Failure(optionsError);
                }

                item["options"] = JsonSerializer.SerializeToNode(options!.OrderBy(o => o.SortKey ?? long.MaxValue).ToList(), IncidentIoJson.Options);
            }

            listed.Add(item);
        }

        return ActionOutput.Success(new JsonObject { ["custom_fields"] = listed }, lists.FieldWarnings);
    }
}
