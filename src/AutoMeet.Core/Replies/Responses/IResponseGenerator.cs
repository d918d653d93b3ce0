namespace AutoMeet.Replies.Responses;

/// <summary>
/// Writes the answer to one reply for a <see cref="ReplyDraftSituation"/>: from a model when an <c>IChatClient</c> is
/// configured (validated against guardrails, with the template library as the fallback), else from the template library.
/// </summary>
/// <remarks>Implementations are thread-safe and never throw for model failures: the fallback answers instead, and
/// <see cref="GeneratedResponse.Generator"/> records which wrote the text and why.</remarks>
public interface IResponseGenerator
{
    /// <summary>Writes the answer.</summary>
    /// <param name="request">What is answered, to whom, in which thread.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The answer, or <see langword="null"/> when the library has no template for the situation and no model answered.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    ValueTask<GeneratedResponse?> GenerateAsync(ResponseRequest request, CancellationToken cancellationToken = default);
}
