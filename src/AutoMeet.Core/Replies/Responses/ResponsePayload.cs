namespace AutoMeet.Replies.Responses;

/// <summary>The model's answer: the draft body and its confidence (the subject is never the model's).</summary>
internal sealed class ResponsePayload
{
    public required string Body { get; init; }

    public required double Confidence { get; init; }
}
