using AutoMeet.Messaging;

namespace AutoMeet.Replies.Responses;

/// <summary>The subject of an answer in a thread.</summary>
internal static class ResponseSubjects
{
    public static string ReplyTo(EmailThread thread)
    {
        var subject = thread.Subject.Trim();
        var reply = subject.StartsWith("Re:", StringComparison.OrdinalIgnoreCase) ? subject : "Re: " + subject;
        return reply.Length <= ReplyDraft.MaxSubjectLength ? reply : reply[..ReplyDraft.MaxSubjectLength];
    }
}
