using AutoMeet.Replies.Stripping;

namespace AutoMeet.Core.Tests.Replies.Stripping;

public sealed class ReplyTextStripperJapaneseTests
{
    private const string Seller = "来週火曜日にお打ち合わせはいかがでしょうか。ご興味がなければ「配信停止」とご返信ください。";

    [Theory]
    [InlineData("2026年11月20日(金) 10:00 山田太郎 <taro@example.jp>:")]
    [InlineData("2026年11月20日(金) 10:00 山田太郎 <taro@example.jp>：")]
    [InlineData("2026年3月10日(火) 9:14 に Alex Seller <alex@automeet.io> さんは書きました:")]
    public void Strip_JapaneseGmailAttribution_DropsQuote(string attribution)
    {
        var body = $"承知しました。火曜日で大丈夫です。\n\n{attribution}\n\n> {Seller}";

        Assert.Equal("承知しました。火曜日で大丈夫です。", ReplyTextStripper.Strip(body));
    }

    [Theory]
    [InlineData("-----Original Message-----\n差出人: Alex Seller <alex@automeet.io>\n")]
    [InlineData("-----元のメッセージ-----\n差出人: Alex Seller <alex@automeet.io>\n")]
    [InlineData("差出人: Alex Seller <alex@automeet.io>\n送信日時: 2026年3月10日 9:14\n宛先: 山田 <yamada@example.co.jp>\n件名: ご相談\n")]
    [InlineData("差出人： Alex Seller <alex@automeet.io>\n送信日時： 2026年3月10日 9:14\n件名： ご相談\n")]
    public void Strip_JapaneseOutlookBlock_DropsEverythingAfter(string block)
    {
        var body = "資料をお送りください。\n\n" + block + "\n" + Seller;

        Assert.Equal("資料をお送りください。", ReplyTextStripper.Strip(body));
    }

    [Theory]
    [InlineData("よろしくお願いいたします。\n\n株式会社サンプル\n営業部 山田")]
    [InlineData("━━━━━━━━━━━━━━\n株式会社サンプル 山田太郎\nTEL：03-1234-5678\n━━━━━━━━━━━━━━")]
    [InlineData("－－－－－－－－－－\n山田太郎\n配信停止をご希望の方は…")]
    [InlineData("--\n山田\n株式会社テスト")]
    [InlineData("株式会社サンプル商事\n営業部 部長 山田太郎")]
    [InlineData("TEL：03-1234-5678\nMail：taro@example.co.jp")]
    [InlineData("iPhoneから送信")]
    public void Strip_JapaneseSignature_DropsBlock(string signature)
    {
        var body = "木曜の午後でお願いします。\n" + signature;

        Assert.Equal("木曜の午後でお願いします。", ReplyTextStripper.Strip(body));
    }

    [Fact]
    public void Strip_SentenceMentioningACompany_IsKept()
    {
        const string body = "資料ありがとうございます。\n株式会社ABCの田中さんにも共有します。";

        Assert.Equal(body, ReplyTextStripper.Strip(body));
    }
}
