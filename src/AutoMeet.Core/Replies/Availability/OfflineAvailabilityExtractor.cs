using AutoMeet.Replies.Availability.Languages;
using AutoMeet.Replies.Stripping;

namespace AutoMeet.Replies.Availability;

/// <summary>
/// The model-free <see cref="IAvailabilityExtractor"/> for English, German, French, Spanish, Portuguese, Dutch and Japanese
/// (other languages are rewritten into the English tokens by per-language tables, then one parser reads them), following the product's
/// availability conventions: weekdays, "this/next &lt;day&gt;", tomorrow, this/next week, dates (m/d in US zones, d/m
/// elsewhere), day ranges, parts of the day, "after/before X", ranges, bare hours (1–7 pm, 8–11 am), meeting lengths,
/// zone names ("ET", "CET", "GMT+1", "my time", "your time"), exclusions ("not Monday morning", "can't do Tuesday").
/// </summary>
/// <remarks>Stateless and thread-safe. Quoted text is stripped first, so times the seller proposed never count.</remarks>
public sealed class OfflineAvailabilityExtractor : IAvailabilityExtractor
{
    /// <inheritdoc />
    public ExtractedAvailability Extract(AvailabilityText input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var text = ReplyTextStripper.Strip(input.Text);
        if (text.Length == 0)
        {
            return ExtractedAvailability.Nothing;
        }

        var parser = new AvailabilityParser(AvailabilityNormalizer.Normalize(AvailabilityLexer.Lex(text)), input);
        return parser.Parse();
    }
}
