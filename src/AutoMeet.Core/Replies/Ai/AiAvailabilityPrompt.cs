using System.Globalization;
using System.Text;
using Microsoft.Extensions.AI;

namespace AutoMeet.Replies.Ai;

/// <summary>The system instructions (the availability conventions, condensed) and the delimited user message.</summary>
internal static class AiAvailabilityPrompt
{
    private const string Instructions = """
        You read the meeting times a person offers in a reply and return them as windows of local wall-clock time.
        - Only times the writer offers count: ignore quoted seller text, past events and days that are only ruled out.
        - start and end are local times formatted yyyy-MM-ddTHH:mm:ss in the IANA zone tz. tz is the writer's zone unless the text names another ("your time" is the host's zone; ET is America/New_York, CT America/Chicago, MT America/Denver, PT America/Los_Angeles, UK time Europe/London; GMT+1 is Etc/GMT-1).
        - morning 09:00-12:00, lunch 12:00-13:00, afternoon or after lunch 13:00-17:00, end of day 16:00-18:00, a day with no time 09:00-17:00, after X means X-17:00, before X means 09:00-X, a bare time is a 30-minute window (a stated meeting length replaces 30 minutes). Bare hours 1-7 mean pm, 8-11 am.
        - A bare weekday is its next occurrence after the received date; "next <day>" is that day in the following ISO week; "next week" is Monday-Friday of the following week, one window per day. Weekends only when named.
        - kind is windows when at least one window resolves, none when nothing is offered, ambiguous when offered times cannot be resolved without guessing (then windows is empty).
        """;

    public static List<ChatMessage> Build(AvailabilityText input, string text, AiReplyOptions options)
    {
        var data = AiPrompt.Clean(text, options.MaxTextChars);
        var boundary = AiPrompt.NewBoundary(data);
        var user = new StringBuilder();
        user.Append("Received ").Append(input.ReceivedLocal.ToString("uuuu-MM-dd'T'HH:mm:ss (dddd)", CultureInfo.InvariantCulture))
            .Append(" in the writer's zone ").Append(input.ProspectZone.Id)
            .Append("; the host's zone is ").Append(input.HostZone.Id).Append(".\n");
        user.Append("The reply's own new text:\n");
        AiPrompt.AppendData(user, "reply", boundary, data);
        return
        [
            new ChatMessage(ChatRole.System, Instructions + "\n" + AiPrompt.Rule(boundary)),
            new ChatMessage(ChatRole.User, user.ToString()),
        ];
    }
}
