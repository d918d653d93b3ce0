using AutoMeet.Work;

namespace AutoMeet.Replies.Responses;

/// <summary>Reads the id a reply-draft work item carries.</summary>
internal static class ReplyDraftHandlers
{
    public static Id<T> IdOf<T>(WorkItem item)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(item);
        return Id<T>.TryParse(item.Payload, null, out var id)
            ? id
            : throw new FormatException($"Work item {item.Id} of kind {item.Kind} does not carry an id.");
    }
}
