using System.Security.Cryptography;

namespace IncidentIo.Simulator.Ids;

/// <summary>
/// ULID-style ids like incident.io's: 26 Crockford base32 characters, 48 bits of milliseconds then 80 random
/// bits. Ids made in the same millisecond increment the random part, so ids always sort in creation order.
/// </summary>
internal sealed class UlidGenerator(TimeProvider clock)
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private readonly Lock _gate = new();
    private readonly byte[] _random = new byte[10];
    private long _lastMillis = -1;

    public string Next()
    {
        lock (_gate)
        {
            var millis = Math.Max(clock.GetUtcNow().ToUnixTimeMilliseconds(), _lastMillis);
            if (millis == _lastMillis)
            {
                Increment(_random);
            }
            else
            {
                RandomNumberGenerator.Fill(_random);
                _lastMillis = millis;
            }

            return Encode(millis, _random);
        }
    }

    private static void Increment(byte[] value)
    {
        for (var i = value.Length - 1; i >= 0 && ++value[i] == 0; i--)
        {
        }
    }

    private static string Encode(long millis, byte[] random)
    {
        var chars = new char[26];
        for (var i = 9; i >= 0; i--)
        {
            chars[i] = Alphabet[(int)(millis & 31)];
            millis >>= 5;
        }

        // 80 random bits → 16 characters, 5 bits each, most significant first.
        var bits = new System.Numerics.BigInteger(random, isUnsigned: true, isBigEndian: true);
        for (var i = 25; i >= 10; i--)
        {
            chars[i] = Alphabet[(int)(bits & 31)];
            bits >>= 5;
        }

        return new string(chars);
    }
}
