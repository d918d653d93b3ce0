namespace AutoMeet.Replies;

/// <summary>Decides the category of a reply. The offline classifier is the default; AI classifiers fall back to it.</summary>
public interface IReplyClassifier
{
    /// <summary>Gets the classifier's name, recorded with each decision (for example <c>offline</c>).</summary>
    string Name { get; }

    /// <summary>Classifies one reply. Quoted text and signatures in <see cref="ReplyInput.Body"/> do not influence the decision.</summary>
    /// <param name="reply">The reply.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The decision.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reply"/> is <see langword="null"/>.</exception>
    ValueTask<ReplyClassification> ClassifyAsync(ReplyInput reply, CancellationToken cancellationToken = default);
}
