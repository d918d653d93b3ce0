using System.Text;
using AutoMeet.Replies.Ai;
using Microsoft.Extensions.AI;

namespace AutoMeet.Replies.Responses;

/// <summary>
/// The instructions and delimited data for writing one answer. The prospect's reply and the earlier message are data
/// blocks with a random boundary per request (<see cref="AiPrompt"/>); e-mail addresses in them are masked.
/// </summary>
internal static class ResponsePrompt
{
    private const string Instructions = """
        You write short, polite, plain-text replies on behalf of a salesperson, answering a prospect's reply to an outbound e-mail.
        Rules that always hold:
        - Plain text only: no links, no web addresses, no e-mail addresses, no HTML, no Markdown, no placeholders.
        - Never offer or mention a discount, rebate, free period, trial extension, percentage, price or amount of money.
        - Never propose, confirm or mention a date, weekday, clock time or booking; if a call fits, ask whether a short call would help, without times (the calendar system proposes times separately).
        - Never promise features, results, legal or security guarantees; do not invent facts about the product or customers.
        - Answer the situation given, in the language given, in at most 120 words, greeting the prospect by first name and ending with the sender's name.
        Answer JSON matching the schema: "body" is the reply text; "confidence" (0 to 1) is how sure you are that it is right to send as written.
        """;

    public static List<ChatMessage> Build(ResponseRequest request, string situationText, string replyText, string earlier, string language)
    {
        var first = AiPrompt.Clean(request.Prospect.FirstName.ReplaceLineEndings(" "), 100);
        var company = AiPrompt.Clean(request.Prospect.Company.ReplaceLineEndings(" "), 200);
        var sender = AiPrompt.Clean(request.SenderName.ReplaceLineEndings(" "), 100);
        var boundary = AiPrompt.NewBoundary(first, company, sender, replyText, earlier);
        var user = new StringBuilder();
        user.Append("Situation: ").Append(situationText).Append('\n');
        user.Append("Write in language: ").Append(language).Append(".\n");
        user.Append("The prospect's first name:\n");
        AiPrompt.AppendData(user, "first-name", boundary, first);
        user.Append("The prospect's company:\n");
        AiPrompt.AppendData(user, "company", boundary, company);
        user.Append("The sender's name (sign with it):\n");
        AiPrompt.AppendData(user, "sender", boundary, sender);
        if (earlier.Length > 0)
        {
            user.Append("Our earlier message in the thread (context only):\n");
            AiPrompt.AppendData(user, "earlier", boundary, earlier);
        }

        user.Append("The prospect's reply, which you answer:\n");
        AiPrompt.AppendData(user, "reply", boundary, replyText);
        return
        [
            new ChatMessage(ChatRole.System, Instructions + "\n" + AiPrompt.Rule(boundary)),
            new ChatMessage(ChatRole.User, user.ToString()),
        ];
    }

    public static string Describe(ReplyDraftSituation situation) => situation switch
    {
        ReplyDraftSituation.Question => "the prospect asked a neutral question; answer briefly without inventing facts, and offer a short call to answer precisely",
        ReplyDraftSituation.InterestedInfo => "the prospect is interested but wants material first; say you will send it and offer a short call for questions",
        ReplyDraftSituation.NotInterested => "the prospect declined; thank them courteously, say you will not follow up, no sales pitch",
        ReplyDraftSituation.Referral => "the prospect pointed you to someone else; thank them briefly",
        ReplyDraftSituation.ObjectionTiming => "objection: timing (not now); acknowledge and say you will check back later",
        ReplyDraftSituation.ObjectionBudget => "objection: budget or price; acknowledge, focus on value and ask whether a short call to check the fit helps, without any price or discount",
        ReplyDraftSituation.ObjectionAuthority => "objection: they are not the decision maker; ask politely who is",
        ReplyDraftSituation.ObjectionCompetitor => "objection: they already use another vendor; acknowledge respectfully, no disparagement, offer to compare notes some time",
        ReplyDraftSituation.ObjectionNeed => "objection: they do not have the problem; acknowledge and ask a light question about how they handle it today",
        ReplyDraftSituation.ObjectionTrust => "objection: trust (credibility or data safety); acknowledge and offer to share how data is handled or a customer reference",
        _ => "answer the reply politely",
    };
}
