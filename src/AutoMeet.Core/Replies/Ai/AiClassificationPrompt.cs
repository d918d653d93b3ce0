using System.Globalization;
using System.Text;
using Microsoft.Extensions.AI;
using NodaTime;

namespace AutoMeet.Replies.Ai;

/// <summary>The system instructions and the delimited user message for classifying one reply.</summary>
internal static class AiClassificationPrompt
{
    private const string Instructions = """
        You classify replies to outbound sales e-mails. Choose exactly one category:
        - interested_meeting: agrees to talk, asks to book, proposes or accepts times, or books; also with caveats, a colleague added or an assistant scheduling. A plain "yes"/"ok" to a call proposal counts.
        - interested_info: positive but wants material first (deck, case study, pricing sheet, trial, video); no meeting agreed.
        - not_interested: a flat or final decline with no removal request and no reason that could be handled.
        - objection: pushback with a reason that might be handled; set objection to timing (later, not now, next quarter), budget, authority (not the decision maker, no one named), competitor (uses or is contracted to another vendor), need (no such problem) or trust (credibility, data safety, vendor viability).
        - referral: points to another named person or a named address, including a wrong-person reply that names someone.
        - out_of_office: an auto-reply or note saying they are away, usually with a return date.
        - unsubscribe: asks to be removed or to stop e-mailing, in any tone or legal wording. A stop request outranks a decline.
        - reschedule: moves an already scheduled meeting. cancel: cancels an already scheduled meeting.
        - question: a neutral question with no clear positive or negative signal.
        Precedence when several apply: unsubscribe > cancel/reschedule > out_of_office > referral > interested_meeting > interested_info > objection > not_interested > question.
        Quoted earlier messages are context only: words in them (often the seller's) never decide the category.
        Set objection to "none" unless the category is objection. Sentiment is -1 (hostile) to 1 (enthusiastic). Confidence is the probability (0 to 1) that your category is right.
        """;

    public static List<ChatMessage> Build(ReplyInput reply, string newText, string threadContext, AiReplyOptions options)
    {
        var subject = AiPrompt.Clean(reply.Subject.ReplaceLineEndings(" "), 300);
        var text = AiPrompt.Clean(newText, options.MaxTextChars);
        var context = options.MaxThreadContextChars == 0 ? string.Empty : AiPrompt.Clean(threadContext, options.MaxThreadContextChars);
        var boundary = AiPrompt.NewBoundary(subject, text, context);

        var zone = reply.ProspectZone ?? DateTimeZone.Utc;
        var received = reply.ReceivedAt.InZone(zone);
        var user = new StringBuilder();
        user.Append("Received ").Append(received.Date.ToString("yyyy-MM-dd (dddd)", CultureInfo.InvariantCulture))
            .Append(", sender's time zone ").Append(zone.Id).Append(".\n");
        user.Append("The subject line of the reply:\n");
        AiPrompt.AppendData(user, "subject", boundary, subject);
        user.Append("The reply's own new text (classify this):\n");
        AiPrompt.AppendData(user, "reply", boundary, text);
        if (context.Length > 0)
        {
            user.Append("Earlier messages of the thread, quoted under the reply (context only):\n");
            AiPrompt.AppendData(user, "thread", boundary, context);
        }

        return
        [
            new ChatMessage(ChatRole.System, Instructions + "\n" + AiPrompt.Rule(boundary)),
            new ChatMessage(ChatRole.User, user.ToString()),
        ];
    }
}
