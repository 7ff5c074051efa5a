using Workflow.Hosting.Text;

namespace Workflow.Hosting.Workflows;

/// <summary>A workflow file is not valid; <see cref="Errors"/> lists every problem found.</summary>
internal sealed class WorkflowLoadException : Exception
{
    public WorkflowLoadException(string origin, IReadOnlyList<WorkflowError> errors)
        : base($"{origin} is not a valid workflow ({Counted.Of(errors.Count, "problem")}):{Environment.NewLine}" +
               string.Join(Environment.NewLine, errors.Select(e => "  " + e)))
    {
        Origin = origin;
        Errors = errors;
    }

    /// <summary>The file path (or a name for text loaded from elsewhere).</summary>
    public string Origin { get; }

    /// <summary>Every problem, each with a JSON Pointer into the file.</summary>
    public IReadOnlyList<WorkflowError> Errors { get; }
}
