namespace Workflow.Sandbox.Tests.Reliability.BadInput;

/// <summary>
/// The known Scriban DoS shapes, one list for the bad-input corpus (R2) and the template drill (R5, tests/Drills),
/// which compiles this file too. Each must be stopped with a clear error by the host's default limits.
/// </summary>
internal static class ScribanAttacks
{
    /// <summary>Shapes the limits stop within a few milliseconds.</summary>
    public static readonly string[] Fast =
    [
        "{{ while true; end }}",
        "{{ for i in 1..100; for j in 1..100; end; end }}",
        "{{ (1..2e9) | array.size }}",
        "{{ func f; ret f; end; f }}",
        "{{ 'a' * 1e9 }}",
        "{{ s = 'a'; for i in 1..30; s = s + s; end; s }}",
        "{{ 'a' | string.pad_left 100000000 }}",
        "{{ [1] * 1e8 }}",
        "{{ [1] | array.insert_at 2e8 5 }}",
        "{{ 1 << 1e8 }}",
        "{{ include 'secrets.txt' }}",
        "{{ '1 + 2' | object.eval }}",
        "{{ '{{ 1 }}' | object.eval_template }}",
        "x {{ o = {}; o.x = o; o }}",
        "{{ (1..1e7) | array.join ',' }}",
        "{{ for i in 1..999; for j in 1..999; end; end }}",
        "{{ x = 'ab' | string.repeat 1e9 }}",
        "{{ a = []; for i in 1..999; a = a | array.add a; end; a }}",
        "{{ func g(n); ret n > 0 ? g(n - 1) + g(n - 1) : 1; end; g 40 }}",
        "{{ " + new string('(', 5000) + "1" + new string(')', 5000) + " }}",
        "{{ title = 'changed'; trigger.title = 'changed' }}",
    ];

    /// <summary>Catastrophic regexes: each runs until the 100 ms regex timeout, so run a few, not thousands.</summary>
    public static readonly string[] Slow =
    [
        "{{ 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!' | regex.match '^(a+)+$' }}",
        "{{ 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!' | regex.replace '^(a|aa)+$' 'x' }}",
    ];
}
