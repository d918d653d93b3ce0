using AutoMeet.Calendars;
using AutoMeet.Google.Calendar;
using AutoMeet.Google.Tests.Fakes;
using AutoMeet.Google.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AutoMeet.Google.Tests.Calendar;

public sealed class CalendarRegistrationTests(FakeServerFixture fixture) : IClassFixture<FakeServerFixture>
{
    [Fact]
    public async Task AddGoogle_ReplacesSandboxCalendarAndRegistersPushServices()
    {
        await using var host = CalendarTestData.Host(fixture.Server);

        var calendar = host.Get<ICalendar>();

        Assert.IsType<GoogleCalendar>(calendar);
        Assert.Same(calendar, host.Get<IGoogleCalendarChannels>());
        Assert.Same(host.Get<CalendarPushVerifier>(), host.Get<CalendarPushVerifier>());
        Assert.Single(host.Services.GetServices<ICalendar>());
    }

    [Theory]
    [InlineData(51, "FreeBusyCalendarsPerQuery 51 must be between 1 and 50")]
    [InlineData(0, "FreeBusyCalendarsPerQuery 0 must be between 1 and 50")]
    public async Task Options_BadFreeBusyBatch_FailValidationNamingTheSetting(int perQuery, string message)
    {
        await using var host = CalendarTestData.Host(fixture.Server, configure: o => o.Calendar.FreeBusyCalendarsPerQuery = perQuery);

        var ex = Assert.Throws<OptionsValidationException>(() => host.Get<IOptions<GoogleOptions>>().Value);

        Assert.Contains("AutoMeet:Google:Calendar:" + message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Options_ShortChannelTokenKey_FailsValidation()
    {
        await using var host = CalendarTestData.Host(fixture.Server, configure: o => o.Calendar.ChannelTokenKey = Convert.ToBase64String(new byte[16]));

        var ex = Assert.Throws<OptionsValidationException>(() => host.Get<IOptions<GoogleOptions>>().Value);

        Assert.Contains("AutoMeet:Google:Calendar:ChannelTokenKey must be base64 of at least 32 bytes.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EventId_IsDeterministicBase32HexAndDiffersPerKey()
    {
        var a = CalendarIdempotency.EventId("meeting-1");

        Assert.Equal(a, CalendarIdempotency.EventId("meeting-1"));
        Assert.NotEqual(a, CalendarIdempotency.EventId("meeting-2"));
        Assert.Matches("^[a-v0-9]{32}$", a);
        Assert.Equal(CalendarIdempotency.RequestId("meeting-1"), CalendarIdempotency.RequestId("meeting-1"));
        Assert.NotEqual(CalendarIdempotency.RequestId("meeting-1"), CalendarIdempotency.RequestId("meeting-2"));
    }
}
