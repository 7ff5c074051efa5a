namespace Workflow.Sandbox.Tests.Architecture.Fixture.Right;

/// <summary>The other half: uses <see cref="Left.LeftSide"/> only in a lambda (a compiler-generated closure).</summary>
internal static class RightSide
{
    public static int Count() => 1;

    public static Func<int> Later() => () => Left.LeftSide.Size();
}
