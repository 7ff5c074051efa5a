using System.Reflection;
using IncidentIo.Plugin.Tests.Support;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Tests.Manifests;

// Every [WorkflowAction] class has exactly one manifest and every manifest one class, named alike.
[TestFixture]
public sealed class ActionParityTests
{
    private static IEnumerable<TestCaseData> Actions() =>
        PluginActions.All.Select(a => new TestCaseData(a.Type).SetArgDisplayNames(a.Type.Name));

    [Test]
    public void Ids_OfClassesAndManifests_AreTheSameUniqueSet()
    {
        var classIds = PluginActions.All.Select(a => a.Id).ToList();
        var manifestIds = ActionManifests.Stems.Select(s => (string)ActionManifests.Load(s)["id"]!).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(classIds, Is.Unique, "two classes claim one id");
            Assert.That(manifestIds, Is.Unique, "two manifests share an id");
            Assert.That(classIds, Is.EquivalentTo(manifestIds));
        });
    }

    [Test]
    public void Assembly_EveryConcreteWorkflowAction_CarriesTheAttribute()
    {
        var unmarked = PluginActions.Assembly.GetTypes()
            .Where(t => typeof(IWorkflowAction).IsAssignableFrom(t) && !t.IsAbstract && t.GetCustomAttribute<WorkflowActionAttribute>() is null);

        Assert.That(unmarked, Is.Empty);
    }

    [TestCaseSource(nameof(Actions))]
    public void ActionClass_ManifestFile_HasTheSameStemAndId(Type type)
    {
        var stem = PluginActions.ManifestStem(type);
        var id = type.GetCustomAttribute<WorkflowActionAttribute>()!.Id;

        Assert.That(File.Exists(Path.Combine(ActionManifests.Directory, stem + ".json")), Is.True, $"no {stem}.json for {type.Name}");
        Assert.Multiple(() =>
        {
            Assert.That((string?)ActionManifests.Load(stem)["id"], Is.EqualTo(id));
            Assert.That(id, Is.EqualTo("incidentio." + stem.Replace('-', '_')));
            Assert.That(type.Namespace, Is.EqualTo($"IncidentIo.Plugin.Actions.{type.Name[..^"Action".Length]}"));
        });
    }

    [TestCaseSource(nameof(Actions))]
    public void ActionClass_ForTheHost_IsPublicSealedWithAParameterlessConstructor(Type type)
    {
        Assert.Multiple(() =>
        {
            Assert.That(type.IsPublic && type.IsSealed, Is.True);
            Assert.That(typeof(IWorkflowAction).IsAssignableFrom(type), Is.True);
            Assert.That(type.GetConstructor(Type.EmptyTypes), Is.Not.Null);
        });
    }
}
