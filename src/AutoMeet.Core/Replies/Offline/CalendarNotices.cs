namespace AutoMeet.Replies.Offline;

/// <summary>Calendar response subjects: "Declined:", "New Time Proposed:", "Accepted:" and their translations.</summary>
internal static class CalendarNotices
{
    private static readonly string[] Declined = ["Declined:", "Canceled:", "Cancelled:", "Abgelehnt:", "Abgesagt:", "Refusé :", "Refusé:", "Annulé :", "Annulé:", "Rechazado:", "Cancelado:", "Recusado:", "Geweigerd:", "Geannuleerd:", "辞退:", "辞退：", "キャンセル済み:", "キャンセルされました:"];

    private static readonly string[] NewTime =
    [
        "New Time Proposed:", "New time proposed:", "Neue Uhrzeit vorgeschlagen:", "Nouvelle heure proposée :", "Nueva hora propuesta:",
        "Novo horário proposto:", "Nieuwe tijd voorgesteld:", "Updated invitation:",
        "新しい時間の提案:", "新しい時間の提案：", "新しい日時の提案:",
    ];

    private static readonly string[] Accepted = ["Accepted:", "Angenommen:", "Accepté :", "Accepté:", "Aceptado:", "Aceito:", "Geaccepteerd:", "承諾:", "承諾：", "承認済み:"];

    /// <summary>Gets the label a calendar response subject implies, or <see langword="null"/>.</summary>
    public static ReplyLabel? Classify(string subject)
    {
        var trimmed = subject.AsSpan().Trim();
        if (StartsWithAny(trimmed, Declined))
        {
            return ReplyLabel.Cancel;
        }

        if (StartsWithAny(trimmed, NewTime))
        {
            return ReplyLabel.Reschedule;
        }

        return StartsWithAny(trimmed, Accepted) ? ReplyLabel.InterestedMeeting : null;
    }

    private static bool StartsWithAny(ReadOnlySpan<char> text, string[] prefixes)
    {
        foreach (var prefix in prefixes)
        {
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
