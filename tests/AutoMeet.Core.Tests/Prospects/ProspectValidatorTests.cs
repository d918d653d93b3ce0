using AutoMeet.Prospects;
using NodaTime;

namespace AutoMeet.Core.Tests.Prospects;

public sealed class ProspectValidatorTests
{
    private static readonly UserId Owner = new("owner-1");
    private readonly ProspectValidator _sut = new(DateTimeZoneProviders.Tzdb);

    private static ProspectInput Valid() => new()
    {
        Email = "  Ada.Lovelace@Example.COM ",
        FirstName = " Ada ",
        LastName = "Lovelace",
        Company = "Analytical Engines",
        TimeZone = "Europe/London",
    };

    private ProspectFieldError SingleError(ProspectInput input)
    {
        var result = _sut.Validate(input, Owner);
        Assert.False(result.IsValid);
        Assert.Null(result.Prospect);
        return Assert.Single(result.Errors);
    }

    [Fact]
    public void Validate_ValidInput_ReturnsNormalisedProspect()
    {
        var result = _sut.Validate(Valid() with { Title = "  ", CountryCode = "gb", Phone = "+44 20 7946 0958", LinkedInUrl = "https://www.linkedin.com/in/ada" }, Owner);

        Assert.True(result.IsValid);
        Assert.Empty(result.Errors);
        var p = result.Prospect;
        Assert.Equal(Owner, p.OwnerId);
        Assert.Equal("ada.lovelace@example.com", p.Email);
        Assert.Equal("Ada", p.FirstName);
        Assert.Equal("Lovelace", p.LastName);
        Assert.Equal("Analytical Engines", p.Company);
        Assert.Null(p.Title);
        Assert.Equal("Europe/London", p.TimeZoneId);
        Assert.Equal("GB", p.CountryCode);
        Assert.Equal("+44 20 7946 0958", p.Phone);
        Assert.Equal("https://www.linkedin.com/in/ada", p.LinkedInUrl);
        Assert.False(p.Id.IsEmpty);
    }

    [Fact]
    public void Validate_OnlyRequiredFields_IsValidWithEmptyOptionals()
    {
        var result = _sut.Validate(new ProspectInput { Email = "a@b.io", FirstName = "A" }, Owner);

        Assert.True(result.IsValid);
        Assert.Equal(string.Empty, result.Prospect.LastName);
        Assert.Equal(string.Empty, result.Prospect.Company);
        Assert.Null(result.Prospect.TimeZoneId);
        Assert.Empty(result.Prospect.CustomFields);
    }

    [Theory]
    [InlineData("bob@@x.com")]
    [InlineData("bob")]
    [InlineData("bob@localhost")]
    [InlineData("Bob <bob@x.com>")]
    [InlineData("bob smith@x.com")]
    [InlineData("bob@x..com")]
    [InlineData("bob@-x.com")]
    [InlineData("bob@x.123")]
    [InlineData("@x.com")]
    public void Validate_InvalidEmail_FailsNamingValue(string email)
    {
        var error = SingleError(Valid() with { Email = email });

        Assert.Equal("email", error.Field);
        Assert.StartsWith($"'{email}' is not a valid e-mail address: ", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"john doe\"@example.com")]
    [InlineData("\"john@home\"@example.com")]
    [InlineData("jürgen@bücher.example")]
    [InlineData("o'brien+news@example.co.uk")]
    public void Validate_AddressTheEmailValidatorAccepts_IsAccepted(string email)
    {
        var result = _sut.Validate(Valid() with { Email = email }, Owner);

        Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => e.Message)));
    }

    [Fact]
    public void Validate_TwoAts_SaysWhichCharacterIsWrong()
    {
        var error = SingleError(Valid() with { Email = "bob@@x.com" });

        Assert.Equal("'bob@@x.com' is not a valid e-mail address: the local part has a character ('@') that is only allowed inside a quoted local part.", error.Message);
    }

    [Fact]
    public void Validate_EmailTooLong_Fails()
    {
        var error = SingleError(Valid() with { Email = new string('a', 60) + "@" + new string('b', 200) + ".com" });

        Assert.Equal("email", error.Field);
        Assert.Contains("is not a valid e-mail address", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void Validate_MissingEmail_FailsAsRequired(string? email)
    {
        var error = SingleError(Valid() with { Email = email });

        Assert.Equal(new ProspectFieldError("email", "is required."), error);
    }

    [Fact]
    public void Validate_MissingFirstName_FailsAsRequired()
    {
        var error = SingleError(Valid() with { FirstName = "" });

        Assert.Equal("firstName", error.Field);
        Assert.Equal("firstName: is required.", error.ToString());
    }

    [Theory]
    [InlineData("firstName")]
    [InlineData("lastName")]
    [InlineData("company")]
    [InlineData("title")]
    public void Validate_NameTooLong_FailsWithLength(string field)
    {
        var tooLong = new string('x', Prospect.MaxNameLength + 1);
        var input = field switch
        {
            "firstName" => Valid() with { FirstName = tooLong },
            "lastName" => Valid() with { LastName = tooLong },
            "company" => Valid() with { Company = tooLong },
            _ => Valid() with { Title = tooLong },
        };

        var error = SingleError(input);

        Assert.Equal(field, error.Field);
        Assert.Equal("is 201 characters long; at most 200 are allowed.", error.Message);
    }

    [Fact]
    public void Validate_UnknownTimeZone_FailsWithZoneName()
    {
        var error = SingleError(Valid() with { TimeZone = "Mars/Olympus" });

        Assert.Equal("timeZone", error.Field);
        Assert.StartsWith("'Mars/Olympus' is not a known IANA time zone", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_TimeZoneInOtherCase_StoresCanonicalId()
    {
        var result = _sut.Validate(Valid() with { TimeZone = "america/new_york" }, Owner);

        Assert.True(result.IsValid);
        Assert.Equal("America/New_York", result.Prospect.TimeZoneId);
    }

    [Theory]
    [InlineData("DEU")]
    [InlineData("1A")]
    public void Validate_BadCountryCode_Fails(string code)
    {
        var error = SingleError(Valid() with { CountryCode = code });

        Assert.Equal("countryCode", error.Field);
        Assert.StartsWith($"'{code}' is not an ISO 3166-1 alpha-2 country code", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("call me maybe")]
    [InlineData("+1 (555) 010-9999 ext. 5 and more digits here to be far too long")]
    public void Validate_BadPhone_Fails(string phone)
    {
        var error = SingleError(Valid() with { Phone = phone });

        Assert.Equal("phone", error.Field);
    }

    [Theory]
    [InlineData("linkedin.com/in/ada")]
    [InlineData("ftp://linkedin.com/in/ada")]
    public void Validate_BadLinkedInUrl_Fails(string url)
    {
        var error = SingleError(Valid() with { LinkedInUrl = url });

        Assert.Equal(new ProspectFieldError("linkedInUrl", $"'{url}' is not an absolute http or https URL."), error);
    }

    [Fact]
    public void Validate_CustomFields_KeepsValidDropsBlankValues()
    {
        var result = _sut.Validate(Valid() with { CustomFields = new Dictionary<string, string?> { ["plan"] = " Pro ", ["empty"] = " ", ["none"] = null } }, Owner);

        Assert.True(result.IsValid);
        Assert.Equal(new Dictionary<string, string> { ["plan"] = "Pro" }, result.Prospect.CustomFields);
    }

    [Theory]
    [InlineData("bad key")]
    [InlineData("")]
    [InlineData("ünicode")]
    public void Validate_BadCustomFieldName_Fails(string key)
    {
        var error = SingleError(Valid() with { CustomFields = new Dictionary<string, string?> { [key] = "v" } });

        Assert.Equal("customFields", error.Field);
        Assert.StartsWith($"'{key}' is not a valid custom field name", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_CustomFieldNameTooLong_Fails()
    {
        var error = SingleError(Valid() with { CustomFields = new Dictionary<string, string?> { [new string('k', 65)] = "v" } });

        Assert.Equal("customFields", error.Field);
    }

    [Fact]
    public void Validate_CustomFieldValueTooLong_FailsNamingField()
    {
        var error = SingleError(Valid() with { CustomFields = new Dictionary<string, string?> { ["notes"] = new string('v', 1001) } });

        Assert.Equal(new ProspectFieldError("customFields.notes", "is 1001 characters long; at most 1000 are allowed."), error);
    }

    [Fact]
    public void Validate_TooManyCustomFields_Fails()
    {
        var fields = Enumerable.Range(0, 51).ToDictionary(i => $"f{i}", i => (string?)"v");

        var error = SingleError(Valid() with { CustomFields = fields });

        Assert.Equal(new ProspectFieldError("customFields", "has 51 fields; at most 50 are allowed."), error);
    }

    [Fact]
    public void Validate_SeveralProblems_ReportsEveryField()
    {
        var result = _sut.Validate(new ProspectInput { Email = "nope", TimeZone = "Nowhere/Land", CountryCode = "X" }, Owner);

        Assert.Equal(["email", "firstName", "timeZone", "countryCode"], result.Errors.Select(e => e.Field));
    }

    [Fact]
    public void Validate_LongBadValue_QuotesAShortenedValue()
    {
        var error = SingleError(Valid() with { Email = new string('x', 300) });

        Assert.Contains("(300 characters)", error.Message, StringComparison.Ordinal);
        Assert.True(error.Message.Length < 200);
    }
}
