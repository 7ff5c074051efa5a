using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Benchmarks.Harness;
using Workflow.Hosting.Running;

namespace Benchmarks.Scenarios;

/// <summary>
/// The two sides of P5: incidentio.list_incidents with auto_paginate through the host, and a raw loop
/// over GET /v2/incidents?page_size=250&amp;after=… that keeps every page. Both return the result's UTF-8 size.
/// The host side runs with full output validation (the default) or with <c>--output-validation first</c>.
/// </summary>
internal sealed class PaginationCalls(SimulatorHost simulator, SandboxPipeline pipeline)
{
    public const string ActionId = "incidentio.list_incidents";
    public const int PageSize = 250;

    private static readonly JsonObject Trigger = [];

    public bool Available => pipeline.Catalog.FindAction(ActionId) is not null;

    public async Task<long> PipelineAsync(int count, CancellationToken cancellationToken, OutputValidationMode outputValidation = OutputValidationMode.Full)
    {
        var input = new JsonObject { ["auto_paginate"] = true, ["max_results"] = count, ["page_size"] = PageSize };
        var outcome = await pipeline.RunStepAsync(ActionId, input, Trigger, cancellationToken, outputValidation);
        if (outcome is not { Status: RunStatus.Succeeded, Output: { } output })
        {
            throw new InvalidOperationException($"list_incidents failed: {outcome.Error?.Code} {outcome.Error?.Message}");
        }

        var incidents = output.GetProperty("incidents");
        return incidents.GetArrayLength() == count
            ? Encoding.UTF8.GetByteCount(incidents.GetRawText())
            : throw new InvalidOperationException($"list_incidents returned {incidents.GetArrayLength()} incidents, expected {count}.");
    }

    public async Task<long> RawAsync(int count, CancellationToken cancellationToken)
    {
        var pages = new List<JsonDocument>();
        var collected = 0;
        string? after = null;
        try
        {
            do
            {
                var size = Math.Min(PageSize, count - collected);
                var url = after is null ? $"/v2/incidents?page_size={size}" : $"/v2/incidents?page_size={size}&after={after}";
                using var response = await simulator.Raw.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
                response.EnsureSuccessStatusCode();
                await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
                var page = await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken);
                pages.Add(page);
                collected += page.RootElement.GetProperty("incidents").GetArrayLength();
                after = page.RootElement.GetProperty("pagination_meta").TryGetProperty("after", out var next) ? next.GetString() : null;
            }
            while (after is not null && collected < count);

            return collected == count
                ? pages.Sum(p => p.RootElement.GetProperty("incidents").EnumerateArray().Sum(i => (long)Encoding.UTF8.GetByteCount(i.GetRawText())) + 1)
                : throw new InvalidOperationException($"The raw loop collected {collected} incidents, expected {count}.");
        }
        finally
        {
            pages.ForEach(p => p.Dispose());
        }
    }
}
