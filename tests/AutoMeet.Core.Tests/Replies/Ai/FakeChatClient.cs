using Microsoft.Extensions.AI;

namespace AutoMeet.Core.Tests.Replies.Ai;

/// <summary>A scripted <see cref="IChatClient"/> that records every request.</summary>
internal sealed class FakeChatClient(Func<IReadOnlyList<ChatMessage>, ChatOptions?, CancellationToken, Task<ChatResponse>> respond) : IChatClient
{
    public List<(IReadOnlyList<ChatMessage> Messages, ChatOptions? Options)> Requests { get; } = [];

    public ChatOptions? LastOptions => Requests[^1].Options;

    public string LastSystem => Requests[^1].Messages.Single(m => m.Role == ChatRole.System).Text;

    public string LastUser => Requests[^1].Messages.Single(m => m.Role == ChatRole.User).Text;

    public static FakeChatClient Returning(string answer) =>
        new((_, _, _) => Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, answer))));

    public static FakeChatClient Throwing(Exception exception) => new((_, _, _) => Task.FromException<ChatResponse>(exception));

    /// <summary>Never answers, but honours cancellation.</summary>
    public static FakeChatClient Hanging() => new(async (_, _, token) =>
    {
        await Task.Delay(Timeout.InfiniteTimeSpan, TimeProvider.System, token);
        throw new InvalidOperationException("unreachable");
    });

    /// <summary>Never answers and ignores cancellation.</summary>
    public static FakeChatClient Deaf() => new((_, _, _) => new TaskCompletionSource<ChatResponse>().Task);

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var list = messages.ToList();
        Requests.Add((list, options));
        return respond(list, options, cancellationToken);
    }

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("The AI classifier does not stream.");

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }
}
