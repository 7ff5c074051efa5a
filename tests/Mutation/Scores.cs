// Prints the mutation score per folder, and every surviving mutant, from Stryker's JSON report
// (mutation-testing-elements schema: files → mutants with a status). Run by run.sh:
//   dotnet run --file tests/Mutation/Scores.cs -- artifacts/mutation/plugin/reports/mutation-report.json
// Score = (Killed + Timeout) / (Killed + Timeout + Survived + NoCoverage), as Stryker computes it;
// CompileError and Ignored mutants are not scored; a folder with nothing scored (outside --mutate) is not shown, and
// "no compile" counts the mutants Stryker dropped because the changed code would not compile (not a test gap).
using System.Text.Json;

if (args.Length != 1 || !File.Exists(args[0]))
{
    Console.Error.WriteLine("usage: Scores.cs <mutation-report.json> (Stryker's json reporter output)");
    return 2;
}

using var report = JsonDocument.Parse(File.ReadAllBytes(args[0]));
var folders = new SortedDictionary<string, Tally>(StringComparer.Ordinal);
var survivors = new List<string>();
var total = new Tally();

foreach (var file in report.RootElement.GetProperty("files").EnumerateObject())
{
    var path = file.Name.Replace('\\', '/');
    var folder = Path.GetDirectoryName(path)?.Replace('\\', '/') is { Length: > 0 } dir ? dir : ".";
    var tally = folders.TryGetValue(folder, out var found) ? found : folders[folder] = new Tally();
    foreach (var mutant in file.Value.GetProperty("mutants").EnumerateArray())
    {
        var status = mutant.GetProperty("status").GetString() ?? "";
        tally.Add(status);
        if (status is "Survived" or "NoCoverage")
        {
            var line = mutant.GetProperty("location").GetProperty("start").GetProperty("line").GetInt32();
            var replacement = mutant.TryGetProperty("replacement", out var r) ? r.GetString() : "";
            survivors.Add($"  {status,-10} {path}:{line}  {mutant.GetProperty("mutatorName").GetString()}: {Shorten(replacement)}");
        }
    }
}

Console.WriteLine();
Console.WriteLine($"{"folder",-40} {"score",7} {"killed",7} {"timeout",8} {"survived",9} {"no cov.",8} {"no compile",11}");
foreach (var (folder, t) in folders.Where(f => f.Value.Measured))
{
    Console.WriteLine(t.Row(folder));
    total.Add(t);
}
Console.WriteLine(total.Row("all"));
if (survivors.Count > 0)
{
    Console.WriteLine();
    Console.WriteLine($"survivors ({survivors.Count}):");
    survivors.ForEach(Console.WriteLine);
}
return 0;

static string Shorten(string? text)
{
    var flat = (text ?? "").ReplaceLineEndings(" ");
    return flat.Length <= 90 ? flat : flat[..87] + "...";
}

internal sealed class Tally
{
    public int Killed { get; private set; }
    public int Timeout { get; private set; }
    public int Survived { get; private set; }
    public int NoCoverage { get; private set; }
    public int CompileError { get; private set; }

    public bool Measured => Killed + Timeout + Survived + NoCoverage > 0;

    public void Add(Tally other)
    {
        Killed += other.Killed;
        Timeout += other.Timeout;
        Survived += other.Survived;
        NoCoverage += other.NoCoverage;
        CompileError += other.CompileError;
    }

    public void Add(string status)
    {
        switch (status)
        {
            case "Killed": Killed++; break;
            case "Timeout": Timeout++; break;
            case "Survived": Survived++; break;
            case "NoCoverage": NoCoverage++; break;
            case "CompileError": CompileError++; break;
        }
    }

    public string Row(string name)
    {
        var scored = Killed + Timeout + Survived + NoCoverage;
        var score = scored == 0 ? "n/a" : $"{100.0 * (Killed + Timeout) / scored:0.0} %";
        return $"{name,-40} {score,7} {Killed,7} {Timeout,8} {Survived,9} {NoCoverage,8} {CompileError,11}";
    }
}
