namespace AutoMeet.Templates.Library;

/// <summary>
/// The built-in template library: short, personal, plain-text templates grouped by category, every merge tag with a
/// fallback (<c>default</c>) so no prospect renders a blank. A starting point to copy into a sequence step.
/// </summary>
public static partial class TemplateLibrary
{
    /// <summary>Gets every template, in a stable order.</summary>
    public static IReadOnlyList<LibraryTemplate> All { get; } =
    [
        .. Outreach,
        .. Responses,
    ];

    private static LibraryTemplate[] Outreach =>
    [
        new(TemplateCategory.Intro, "intro.problem", "Problem first",
            "{{ prospect.company | default: \"Your team\" }} and {{ prospect.custom.topic | default: \"onboarding\" }}",
            "Hi {{ prospect.first_name | default: \"there\" }},\n\nTeams like {{ prospect.company | default: \"yours\" }} often lose days to {{ prospect.custom.topic | default: \"manual onboarding\" }}. We cut that to hours for similar companies.\n\nWorth a 20-minute call to see if it fits?\n\n{{ sender.name }}"),
        new(TemplateCategory.Intro, "intro.trigger", "Trigger event",
            "Congrats on the news, {{ prospect.first_name | default: \"there\" }}",
            "Hi {{ prospect.first_name | default: \"there\" }},\n\nSaw the news about {{ prospect.company | default: \"your company\" }}. Growth usually means {{ prospect.custom.topic | default: \"new processes\" }} start to creak, which is where we help.\n\nOpen to a short call next week?\n\n{{ sender.name }}"),
        new(TemplateCategory.FollowUp, "followup.bump", "Gentle bump", null,
            "Hi {{ prospect.first_name | default: \"there\" }}, just bringing this back to the top of your inbox. Does a quick call make sense?\n\n{{ sender.name }}"),
        new(TemplateCategory.FollowUp, "followup.value", "Add value", null,
            "Hi {{ prospect.first_name | default: \"there\" }},\n\nOne more thought: a team similar to {{ prospect.company | default: \"yours\" }} saved a week a month after switching. Happy to share how.\n\n{{ sender.name }}"),
        new(TemplateCategory.BreakUp, "breakup.close", "Close the loop", null,
            "Hi {{ prospect.first_name | default: \"there\" }}, I will stop here so I do not clutter your inbox. If {{ prospect.custom.topic | default: \"this\" }} becomes a priority, just reply and I will pick it up.\n\n{{ sender.name }}"),
        new(TemplateCategory.Meeting, "meeting.times", "Propose a call",
            "20 minutes, {{ prospect.first_name | default: \"there\" }}?",
            "Hi {{ prospect.first_name | default: \"there\" }},\n\nWould a 20-minute call work to see whether we can help {{ prospect.company | default: \"your team\" }}? Reply with a time that suits you, or tell me which days are best.\n\n{{ sender.name }}"),
        new(TemplateCategory.Referral, "referral.right-person", "Right person?",
            "Right person at {{ prospect.company | default: \"your company\" }}?",
            "Hi {{ prospect.first_name | default: \"there\" }},\n\nWho at {{ prospect.company | default: \"your company\" }} looks after {{ prospect.custom.topic | default: \"this area\" }}? I would be grateful for a pointer.\n\n{{ sender.name }}"),
    ];

    /// <summary>Gets the templates grouped by category, categories in enum order.</summary>
    /// <returns>The groups.</returns>
    public static IReadOnlyList<IGrouping<TemplateCategory, LibraryTemplate>> ByCategory() =>
        [.. All.GroupBy(t => t.Category).OrderBy(g => g.Key)];

    /// <summary>Finds a template by key.</summary>
    /// <param name="key">The key, for example <c>intro.problem</c>.</param>
    /// <returns>The template, or <see langword="null"/>.</returns>
    public static LibraryTemplate? Find(string key) => All.FirstOrDefault(t => string.Equals(t.Key, key, StringComparison.Ordinal));
}
