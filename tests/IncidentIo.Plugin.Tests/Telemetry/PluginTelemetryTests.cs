using System.Diagnostics.Metrics;
using System.Text.RegularExpressions;
using IncidentIo.Plugin.Telemetry;
using IncidentPlugin.TestSupport;

namespace IncidentIo.Plugin.Tests.Telemetry;

/// <summary>The source's and meter's names, version and instruments: what docs/hosting.md ("Telemetry") promises a host.</summary>
[TestFixture]
[NonParallelizable]
public sealed partial class PluginTelemetryTests
{
    [Test]
    public void Source_NameAndVersion_ThePluginsNameAndAssemblyVersion()
    {
        var version = typeof(PluginTelemetry).Assembly.GetName().Version!.ToString(3);

        Assert.Multiple(() =>
        {
            Assert.That(PluginTelemetry.Source.Name, Is.EqualTo("IncidentIo.Plugin"));
            Assert.That(PluginTelemetry.Source.Version, Is.EqualTo(version));
            Assert.That(PluginTelemetry.Meter.Name, Is.EqualTo("IncidentIo.Plugin"));
            Assert.That(PluginTelemetry.Meter.Version, Is.EqualTo(version));
        });
    }

    [Test]
    public void Meter_Instruments_AsDocumentedInHostingMd()
    {
        var documented = DocumentedInstruments();
        var published = PublishedInstruments();

        Assert.Multiple(() =>
        {
            Assert.That(documented, Is.Not.Empty, "docs/hosting.md lists the instruments");
            Assert.That(published.Keys, Is.EquivalentTo(documented.Keys), "the instruments the meter publishes");
            foreach (var (name, (kind, unit)) in documented)
            {
                if (published.TryGetValue(name, out var instrument))
                {
                    Assert.That(instrument.Kind, Is.EqualTo(kind), $"{name}: kind");
                    Assert.That(instrument.Unit, Is.EqualTo(unit), $"{name}: unit");
                }
            }
        });
    }

    [Test]
    public void Meter_Instruments_DescribeWhatTheyMeasure()
    {
        var published = PublishedInstruments();

        Assert.That(published.ToDictionary(p => p.Key, p => p.Value.Description), Is.EquivalentTo(new Dictionary<string, string>
        {
            ["incidentio.client.calls"] = "incident.io API calls, one per call whatever its attempts.",
            ["incidentio.client.retries"] = "Attempts after the first one of a call.",
            ["incidentio.client.rate_limit.waits"] = "Attempts that queued for a client-side rate-limit permit.",
            ["incidentio.client.rate_limit.wait_duration_seconds"] = "Time an attempt queued for a client-side rate-limit permit.",
            ["incidentio.client.call.duration_seconds"] = "One incident.io API call, every attempt and wait included.",
            ["incidentio.action.duration_seconds"] = "One action execution, from input to result.",
        }));
    }

    // The "Metrics" table of docs/hosting.md: | `name` | counter|histogram, `unit` | tags |
    private static Dictionary<string, (string Kind, string Unit)> DocumentedInstruments() =>
        File.ReadLines(Path.Combine(RepoPaths.Root, "docs", "hosting.md"))
            .Select(line => InstrumentRow().Match(line))
            .Where(match => match.Success)
            .ToDictionary(match => match.Groups["name"].Value, match => (match.Groups["kind"].Value, match.Groups["unit"].Value));

    private static Dictionary<string, (string Kind, string? Unit, string? Description)> PublishedInstruments()
    {
        var published = new Dictionary<string, (string Kind, string? Unit, string? Description)>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, _) =>
            {
                if (instrument.Meter.Name == PluginTelemetry.Name)
                {
                    var kind = instrument.GetType().Name.StartsWith("Counter", StringComparison.Ordinal) ? "counter" : "histogram";
                    published[instrument.Name] = (kind, instrument.Unit, instrument.Description);
                }
            },
        };
        listener.Start();
        return published;
    }

    [GeneratedRegex(@"^\| `(?<name>incidentio\.[a-z_.]+)` \| (?<kind>counter|histogram), `(?<unit>[^`]+)` \|")]
    private static partial Regex InstrumentRow();
}
