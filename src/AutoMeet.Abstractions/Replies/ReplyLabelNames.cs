using System.Diagnostics.CodeAnalysis;

namespace AutoMeet.Replies;

/// <summary>Converts <see cref="ReplyLabel"/> and <see cref="ObjectionType"/> to and from their wire names.</summary>
public static class ReplyLabelNames
{
    private static readonly string[] LabelNames =
    [
        "question", "interested_meeting", "interested_info", "not_interested", "objection", "referral",
        "out_of_office", "unsubscribe", "bounce", "reschedule", "cancel",
    ];

    private static readonly string[] ObjectionNames = ["timing", "budget", "authority", "competitor", "need", "trust"];

    /// <summary>Gets the wire name of a label, for example <c>interested_meeting</c>.</summary>
    /// <param name="label">The label.</param>
    /// <returns>The lowercase snake-case name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="label"/> is not a defined value.</exception>
    public static string ToWireName(this ReplyLabel label)
    {
        var index = (int)label;
        ArgumentOutOfRangeException.ThrowIfNegative(index, nameof(label));
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, LabelNames.Length, nameof(label));
        return LabelNames[index];
    }

    /// <summary>Gets the wire name of an objection type, for example <c>budget</c>.</summary>
    /// <param name="objection">The objection type.</param>
    /// <returns>The lowercase name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="objection"/> is not a defined value.</exception>
    public static string ToWireName(this ObjectionType objection)
    {
        var index = (int)objection;
        ArgumentOutOfRangeException.ThrowIfNegative(index, nameof(objection));
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, ObjectionNames.Length, nameof(objection));
        return ObjectionNames[index];
    }

    /// <summary>Parses a label's wire name (case-insensitive).</summary>
    /// <param name="name">The name, for example <c>out_of_office</c>.</param>
    /// <param name="label">The label, when the name is known.</param>
    /// <returns><see langword="true"/> when <paramref name="name"/> is a known label.</returns>
    public static bool TryParseLabel([NotNullWhen(true)] string? name, out ReplyLabel label)
    {
        var index = IndexOf(LabelNames, name);
        label = (ReplyLabel)Math.Max(index, 0);
        return index >= 0;
    }

    /// <summary>Parses an objection type's wire name (case-insensitive).</summary>
    /// <param name="name">The name, for example <c>competitor</c>.</param>
    /// <param name="objection">The objection type, when the name is known.</param>
    /// <returns><see langword="true"/> when <paramref name="name"/> is a known objection type.</returns>
    public static bool TryParseObjection([NotNullWhen(true)] string? name, out ObjectionType objection)
    {
        var index = IndexOf(ObjectionNames, name);
        objection = (ObjectionType)Math.Max(index, 0);
        return index >= 0;
    }

    private static int IndexOf(string[] names, string? name)
    {
        if (name is null)
        {
            return -1;
        }

        var trimmed = name.AsSpan().Trim();
        for (var i = 0; i < names.Length; i++)
        {
            if (trimmed.Equals(names[i], StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}
