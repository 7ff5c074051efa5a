namespace Workflow.Sandbox.Tests.Support;

/// <summary>Expected sequences in asserts, without a constant array per call (CA1861).</summary>
internal static class Seq
{
    public static T[] Of<T>(params T[] items) => items;
}
