using AutoMeet.Enrichment.Phones;

namespace AutoMeet.Core.Tests.Enrichment;

public sealed class PhoneNumberFormatterTests
{
    private readonly PhoneNumberFormatter _sut = new();

    [Theory]
    [InlineData("030 123456", "DE", null, "+4930123456", "030 123456", "+49 30 123456", PhoneNumberKind.FixedLine)]
    [InlineData("01512 3456789", "de", null, "+4915123456789", "01512 3456789", "+49 1512 3456789", PhoneNumberKind.Mobile)]
    [InlineData("(201) 555-0123", "US", null, "+12015550123", "(201) 555-0123", "+1 201-555-0123", PhoneNumberKind.FixedLineOrMobile)]
    [InlineData("01212 345678", "GB", null, "+441212345678", "0121 234 5678", "+44 121 234 5678", PhoneNumberKind.FixedLine)]
    [InlineData("07400 123456", "GB", null, "+447400123456", "07400 123456", "+44 7400 123456", PhoneNumberKind.Mobile)]
    [InlineData("01 23 45 67 89", "FR", null, "+33123456789", "01 23 45 67 89", "+33 1 23 45 67 89", PhoneNumberKind.FixedLine)]
    [InlineData("+49 (0)30 123456", null, null, "+4930123456", "030 123456", "+49 30 123456", PhoneNumberKind.FixedLine)]
    [InlineData("0049 30 123456", "DE", null, "+4930123456", "030 123456", "+49 30 123456", PhoneNumberKind.FixedLine)]
    [InlineData("030/123456", null, "Europe/Berlin", "+4930123456", "030 123456", "+49 30 123456", PhoneNumberKind.FixedLine)]
    [InlineData("201.555.0123", null, "America/New_York", "+12015550123", "(201) 555-0123", "+1 201-555-0123", PhoneNumberKind.FixedLineOrMobile)]
    [InlineData("201-555-0123", null, "US/Eastern", "+12015550123", "(201) 555-0123", "+1 201-555-0123", PhoneNumberKind.FixedLineOrMobile)]
    public void Format_ValidNumber_ReturnsAllForms(string phone, string? country, string? zone, string e164, string national, string international, PhoneNumberKind kind)
    {
        var result = _sut.Format(phone, country, zone);

        Assert.True(result.IsValid, result.Message);
        Assert.Equal(e164, result.E164);
        Assert.Equal(national, result.National);
        Assert.Equal(international, result.International);
        Assert.Equal(kind, result.Kind);
    }

    [Fact]
    public void Format_NationalNumberWithCountry_RegionFromCountry()
    {
        var result = _sut.Format("030 123456", "DE", "America/New_York");

        Assert.Equal("DE", result.Region);
        Assert.Equal(PhoneRegionSource.Country, result.RegionSource);
    }

    [Fact]
    public void Format_NationalNumberWithZoneOnly_RegionFromZone()
    {
        var result = _sut.Format("030 123456", null, "Europe/Berlin");

        Assert.Equal("DE", result.Region);
        Assert.Equal(PhoneRegionSource.TimeZone, result.RegionSource);
    }

    [Fact]
    public void Format_InternationalNumber_RegionFromNumberWhateverTheCountry()
    {
        var result = _sut.Format("+1 201 555 0123", "DE", null);

        Assert.Equal("US", result.Region);
        Assert.Equal(PhoneRegionSource.Number, result.RegionSource);
    }

    [Theory]
    [InlineData(null, "DE", null, PhoneNumberError.Empty)]
    [InlineData("  ", "DE", null, PhoneNumberError.Empty)]
    [InlineData("030 123456", null, null, PhoneNumberError.NoRegion)]
    [InlineData("030 123456", null, "Etc/UTC", PhoneNumberError.NoRegion)]
    [InlineData("030 123456", null, "Not/AZone", PhoneNumberError.NoRegion)]
    [InlineData("030 123456", "XX", null, PhoneNumberError.UnknownRegion)]
    [InlineData("hello", "DE", null, PhoneNumberError.NotANumber)]
    [InlineData("+999 1234567", null, null, PhoneNumberError.InvalidCountryCode)]
    [InlineData("12", "DE", null, PhoneNumberError.TooShort)]
    [InlineData("+1 555 0100", null, null, PhoneNumberError.TooShort)]
    [InlineData("+49 30 1234567890123456", null, null, PhoneNumberError.TooLong)]
    [InlineData("+1 201 555 01234", null, null, PhoneNumberError.TooLong)]
    public void Format_BadNumber_ReportsReasonWithoutGuessing(string? phone, string? country, string? zone, PhoneNumberError expected)
    {
        var result = _sut.Format(phone, country, zone);

        Assert.False(result.IsValid);
        Assert.Equal(expected, result.Error);
        Assert.Null(result.E164);
        Assert.False(string.IsNullOrEmpty(result.Message));
    }

    [Fact]
    public void Format_PossibleLengthButUnassignedRange_IsInvalid()
    {
        var result = _sut.Format("+44 0000 000000");

        Assert.False(result.IsValid);
        Assert.Contains(result.Error, new[] { PhoneNumberError.Invalid, PhoneNumberError.InvalidLength });
    }

    [Fact]
    public void Format_Prospect_UsesItsCountryAndZone()
    {
        var prospect = EnrichmentFixtures.Prospect("jane@acme.com", zone: "Europe/Paris");
        prospect.Phone = "01 23 45 67 89";

        var result = _sut.Format(prospect);

        Assert.Equal("+33123456789", result.E164);
        Assert.Equal(PhoneRegionSource.TimeZone, result.RegionSource);
    }

    [Theory]
    [InlineData("Europe/Berlin", "DE")]
    [InlineData("europe/berlin", "DE")]
    [InlineData("America/Los_Angeles", "US")]
    [InlineData("Asia/Tokyo", "JP")]
    [InlineData("Australia/Sydney", "AU")]
    [InlineData("US/Pacific", "US")]
    [InlineData("Etc/UTC", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void CountryOfTimeZone_UsesTzdbZoneLocations(string? zone, string? country)
    {
        Assert.Equal(country, _sut.CountryOfTimeZone(zone));
    }

    [Fact]
    public void Format_Messages_NeverRepeatTheNumber()
    {
        var result = _sut.Format("+1 555 0100");

        Assert.DoesNotContain("555", result.Message, StringComparison.Ordinal);
    }
}
