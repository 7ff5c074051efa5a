using System.Globalization;
using System.Text.Json.Nodes;
using IncidentIo.Simulator.Json;
using IncidentIo.Simulator.Seed;

namespace IncidentIo.Simulator.Schedules;

/// <summary>
/// The shifts of a seed schedule's one rotation: back-to-back shifts of <c>shift_hours</c> from <c>handover_start_at</c>,
/// taken by <c>users</c> in turn (a <c>null</c> user is an unfilled shift). Rendered as ScheduleEntryV2 objects.
/// </summary>
internal sealed class ScheduleRota
{
    private readonly JsonObject _rotation;
    private readonly SeedCatalog _catalog;
    private readonly DateTimeOffset _start;
    private readonly TimeSpan _shift;
    private readonly JsonArray _users;

    public ScheduleRota(JsonObject schedule, SeedCatalog catalog)
    {
        _rotation = schedule["rotation"]!.AsObject();
        _catalog = catalog;
        _start = DateTimeOffset.Parse((string)_rotation["handover_start_at"]!, CultureInfo.InvariantCulture);
        _shift = TimeSpan.FromHours((double)_rotation["shift_hours"]!);
        _users = _rotation["users"]!.AsArray();
    }

    /// <summary>Every shift overlapping [<paramref name="from"/>, <paramref name="to"/>), in time order, at most <paramref name="limit"/>.</summary>
    public List<JsonObject> Entries(DateTimeOffset from, DateTimeOffset to, int limit)
    {
        var entries = new List<JsonObject>();
        var index = (long)Math.Floor((from - _start) / _shift);
        for (var begins = _start + (_shift * index); begins < to && entries.Count < limit; index++, begins += _shift)
        {
            entries.Add(Entry(index, begins));
        }

        return entries;
    }

    private JsonObject Entry(long index, DateTimeOffset begins)
    {
        var entry = new JsonObject
        {
            ["fingerprint"] = $"{(string)_rotation["id"]!}-{index.ToString(CultureInfo.InvariantCulture)}",
            ["rotation_id"] = _rotation["id"]!.DeepClone(),
            ["layer_id"] = _rotation["layer_id"]?.DeepClone(),
            ["start_at"] = SimulatorJson.Timestamp(begins),
            ["end_at"] = SimulatorJson.Timestamp(begins + _shift),
        };
        var userId = (string?)_users[(int)(((index % _users.Count) + _users.Count) % _users.Count)];
        if (userId is not null && _catalog.Users.FirstOrDefault(u => (string?)u["id"] == userId) is { } user)
        {
            // Entries embed UserV2, the slim user: no roles or seats.
            entry["user"] = new JsonObject
            {
                ["id"] = userId,
                ["name"] = user["name"]!.DeepClone(),
                ["email"] = user["email"]?.DeepClone(),
                ["slack_user_id"] = user["slack_user_id"]?.DeepClone(),
                ["role"] = user["role"]!.DeepClone(),
            };
        }

        return entry;
    }
}
