namespace Workflow.Sandbox.Tests.Architecture.Fixture.Left;

/// <summary>Half of a planted two-way dependency (<see cref="FolderDependenciesTests.Edges_ATwoWayPair_Found"/>).</summary>
internal static class LeftSide
{
    // Used only in a method body, so the scan must read IL to see it.
    public static int Size() => Right.RightSide.Count() + 1;
}
