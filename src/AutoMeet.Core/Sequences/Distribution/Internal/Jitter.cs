using System.Runtime.InteropServices;

namespace AutoMeet.Sequences.Distribution.Internal;

/// <summary>Deterministic, process-independent pseudo-random fractions keyed by an enrollment and a step.</summary>
internal static class Jitter
{
    /// <summary>Gets a fraction in [0, 1) from the key.</summary>
    public static double Fraction(Guid id, int step, ulong salt = 0)
    {
        var halves = MemoryMarshal.Cast<Guid, ulong>(new ReadOnlySpan<Guid>(in id));
        var h = Mix(halves[0] ^ Mix(halves[1] ^ salt) ^ ((ulong)(uint)step * 0x9E3779B97F4A7C15UL));
        return (h >> 11) * (1.0 / (1UL << 53));
    }

    private static ulong Mix(ulong z)
    {
        z += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
