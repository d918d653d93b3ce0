using Microsoft.Extensions.AI;

namespace AutoMeet.Replies.Ai;

/// <summary>One model call bounded by <see cref="AiReplyOptions.Timeout"/> (measured on the injected <see cref="TimeProvider"/>).</summary>
internal static class AiChatCall
{
    /// <summary>The outcome: the answer text, or the fallback reason and, for provider errors, the exception type name.</summary>
    public readonly record struct Outcome(string? Text, string? FailureReason, string? ExceptionType);

    /// <summary>Calls the model. A timeout or a provider error is an outcome; cancellation by the caller is thrown.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task<Outcome> GetAsync(
        IChatClient client, IList<ChatMessage> messages, ChatOptions chatOptions, TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        using var timeoutSource = new CancellationTokenSource(timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeoutSource.Token);
        try
        {
            // WaitAsync also bounds clients that ignore the token.
            var response = await client.GetResponseAsync(messages, chatOptions, linked.Token).WaitAsync(linked.Token).ConfigureAwait(false);
            var text = response.Text;
            return string.IsNullOrWhiteSpace(text) ? new Outcome(null, AiFallbackReasons.EmptyResponse, null) : new Outcome(text, null, null);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return timeoutSource.IsCancellationRequested
                ? new Outcome(null, AiFallbackReasons.Timeout, null)
                : new Outcome(null, AiFallbackReasons.ProviderError, nameof(OperationCanceledException));
        }
#pragma warning disable CA1031 // Any provider failure (HTTP, auth, quota, serialization) means: use the offline answer.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            return new Outcome(null, AiFallbackReasons.ProviderError, ex.GetType().Name);
        }
    }
}
