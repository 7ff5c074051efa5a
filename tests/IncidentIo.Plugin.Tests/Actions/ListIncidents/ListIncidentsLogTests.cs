using IncidentIo.Plugin.Actions.ListIncidents;
using IncidentIo.Plugin.Tests.Support;
using Microsoft.Extensions.Logging;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Tests.Actions.ListIncidents;

[TestFixture]
public sealed class ListIncidentsLogTests : StubFixture
{
    [Test]
    public async Task PageRead_DuringAWalk_LogsEachPageAtDebug()
    {
        IncidentPages.ServeWalk(Stub, ["A", "B"], ["C"]);
        var logger = new RecordingLogger();

        await new ListIncidentsAction(Clients).ExecuteAsync(
            Connections.Context(Stub.Connection(), new { auto_paginate = true, page_size = 2 }, RunInfo.AdHoc("list"), logger), CancellationToken.None);

        Assert.That(logger.Lines, Is.EqualTo(new[]
        {
            "Debug: incidentio.list_incidents: page 1 had 2 incidents (2 so far, more: True)",
            "Debug: incidentio.list_incidents: page 2 had 1 incidents (3 so far, more: False)",
        }));
    }

    private sealed class RecordingLogger : ILogger
    {
        public List<string> Lines { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Lines.Add($"{logLevel}: {formatter(state, exception)}");
    }
}
