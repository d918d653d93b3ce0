using System.Text;
using AutoMeet.Prospects;
using NodaTime;
using NSubstitute;

namespace AutoMeet.Core.Tests.Prospects;

public sealed partial class ProspectCsvImporterTests
{
    private static readonly UserId Owner = new("owner-1");
    private readonly IProspectStore _store = Substitute.For<IProspectStore>();
    private ProspectImportOptions _options = new();

    public ProspectCsvImporterTests()
    {
        _store.FindExistingEmailsAsync(default, default!, default)
            .ReturnsForAnyArgs(Task.FromResult<IReadOnlySet<string>>(new HashSet<string>()));
    }

    private Task<ProspectImportResult> ImportAsync(string csv) => ImportAsync(Encoding.UTF8.GetBytes(csv));

    private Task<ProspectImportResult> ImportAsync(byte[] bytes)
    {
        var sut = new ProspectCsvImporter(new ProspectValidator(DateTimeZoneProviders.Tzdb), Microsoft.Extensions.Options.Options.Create(_options));
        return sut.ImportAsync(new MemoryStream(bytes), Owner, _store);
    }

    private static ProspectImportFileError Rejected(ProspectImportResult result)
    {
        Assert.True(result.IsRejected);
        Assert.Empty(result.Prospects);
        Assert.Empty(result.RowErrors);
        return result.FileError;
    }

    [Fact]
    public async Task ImportAsync_ValidFile_ReturnsProspectsWithCustomFields()
    {
        var result = await ImportAsync(
            "email,firstName,lastName,company,timeZone,plan,Favourite Colour\n" +
            "Ada@Example.com,Ada,Lovelace,Engines,Europe/London,Pro,\n" +
            "grace@example.com,Grace,Hopper,Navy,America/New_York,Free,blue\n");

        Assert.False(result.IsRejected);
        Assert.Empty(result.RowErrors);
        Assert.Equal(2, result.RowCount);
        Assert.Collection(
            result.Prospects,
            p =>
            {
                Assert.Equal("ada@example.com", p.Email);
                Assert.Equal("Lovelace", p.LastName);
                Assert.Equal("Europe/London", p.TimeZoneId);
                Assert.Equal(Owner, p.OwnerId);
                Assert.Equal(new Dictionary<string, string> { ["plan"] = "Pro" }, p.CustomFields);
            },
            p =>
            {
                Assert.Equal("grace@example.com", p.Email);
                Assert.Equal(new Dictionary<string, string> { ["plan"] = "Free", ["Favourite_Colour"] = "blue" }, p.CustomFields);
            });
    }

    [Theory]
    [InlineData("email,firstName,lastName")]
    [InlineData("EMAIL,first_name,last_name")]
    [InlineData("E-mail,First Name,Last Name")]
    [InlineData("Email Address,FIRSTNAME,surname")]
    public async Task ImportAsync_HeaderNameStyles_AreMatched(string header)
    {
        var result = await ImportAsync($"{header}\r\nada@example.com,Ada,Lovelace\r\n");

        var prospect = Assert.Single(result.Prospects);
        Assert.Equal("Ada", prospect.FirstName);
        Assert.Equal("Lovelace", prospect.LastName);
        Assert.Empty(prospect.CustomFields);
    }

    [Fact]
    public async Task ImportAsync_Utf8Bom_IsIgnored()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("email,firstName\nzoë@example.com,Zoë\n")).ToArray();

        var result = await ImportAsync(bytes);

        var prospect = Assert.Single(result.Prospects);
        Assert.Equal("Zoë", prospect.FirstName);
    }

    [Theory]
    [InlineData("email,lastName\na@x.io,B\n", "'firstName'")]
    [InlineData("mail_address,first\na@x.io,B\n", "'email' and 'firstName'")]
    public async Task ImportAsync_MissingRequiredColumn_RejectsFileNamingColumn(string csv, string named)
    {
        var error = Rejected(await ImportAsync(csv));

        Assert.Equal(1, error.Line);
        Assert.Contains($"lacks the required column", error.Message, StringComparison.Ordinal);
        Assert.EndsWith($"{named}.", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("email,firstName\na@x.io,A\nb@x.io,B,extra\n", 3)]
    [InlineData("email,firstName\na@x.io,A\nb@x.io\n", 3)]
    [InlineData("email,firstName\na@x.io,A\"b\"\n", 2)]
    [InlineData("email,firstName\na@x.io,A\nb@x.io,\"B\nc@x.io,C\n", 3)]
    public async Task ImportAsync_MalformedCsv_RejectsFileNamingLine(string csv, int line)
    {
        var error = Rejected(await ImportAsync(csv));

        Assert.Equal(line, error.Line);
        Assert.StartsWith("The file is not valid CSV:", error.Message, StringComparison.Ordinal);
        Assert.Contains($"line {line}", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\r\n  \n")]
    public async Task ImportAsync_EmptyFile_Rejects(string csv)
    {
        var error = Rejected(await ImportAsync(csv));

        Assert.Null(error.Line);
        Assert.Equal("The file is empty: a header row is required.", error.Message);
    }

    [Fact]
    public async Task ImportAsync_BomOnly_RejectsAsEmpty()
    {
        var error = Rejected(await ImportAsync(Encoding.UTF8.GetPreamble()));

        Assert.Equal("The file is empty: a header row is required.", error.Message);
    }

    [Fact]
    public async Task ImportAsync_BinaryFile_Rejects()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52];

        var error = Rejected(await ImportAsync(png));

        Assert.Equal(3, error.Line); // two LF bytes precede the first NUL
        Assert.Contains("binary", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_NotUtf8_RejectsNamingLine()
    {
        var latin1 = Encoding.Latin1.GetBytes("email,firstName\nzoe@x.io,Zoë\n");

        var error = Rejected(await ImportAsync(latin1));

        Assert.Equal(2, error.Line);
        Assert.Contains("not UTF-8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_HeaderOnly_ImportsNothingWithoutErrors()
    {
        var result = await ImportAsync("email,firstName\n");

        Assert.False(result.IsRejected);
        Assert.Empty(result.Prospects);
        Assert.Empty(result.RowErrors);
        Assert.Equal(0, result.RowCount);
    }
}
