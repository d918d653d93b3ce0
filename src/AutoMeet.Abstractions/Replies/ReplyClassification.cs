using NodaTime;

namespace AutoMeet.Replies;

/// <summary>The decision about one reply: its category and the signals behind it.</summary>
public sealed record ReplyClassification
{
    /// <summary>Gets the category.</summary>
    public required ReplyLabel Label { get; init; }

    /// <summary>Gets the objection type when <see cref="Label"/> is <see cref="ReplyLabel.Objection"/>; otherwise <see langword="null"/>.</summary>
    public ObjectionType? Objection { get; init; }

    /// <summary>Gets a value indicating whether the reply agrees to hold, book or keep a meeting
    /// (true exactly for <see cref="ReplyLabel.InterestedMeeting"/> and <see cref="ReplyLabel.Reschedule"/>).</summary>
    public bool MeetingIntent { get; init; }

    /// <summary>Gets the sentiment, from -1 (hostile) to 1 (enthusiastic).</summary>
    public double Sentiment { get; init; }

    /// <summary>Gets the confidence in <see cref="Label"/>, from 0 to 1 (calibrated: 0.9 means right about nine times in ten).</summary>
    public double Confidence { get; init; }

    /// <summary>Gets the name of the classifier that decided, for example <c>offline</c>.</summary>
    public required string Classifier { get; init; }

    /// <summary>Gets short, human-readable reasons for the decision (signal names, never the prospect's text).</summary>
    public IReadOnlyList<string> Reasons { get; init; } = [];

    /// <summary>Gets the date the sender says they are back, for <see cref="ReplyLabel.OutOfOffice"/> replies that state one.</summary>
    public LocalDate? ReturnDate { get; init; }
}
