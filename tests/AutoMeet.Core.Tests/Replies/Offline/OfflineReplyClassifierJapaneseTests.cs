using AutoMeet.Replies;
using AutoMeet.Replies.Offline;
using NodaTime;

namespace AutoMeet.Core.Tests.Replies.Offline;

/// <summary>Japanese replies: character-sequence lexicons, negation after the verb, honorific names, quoted text.</summary>
public sealed class OfflineReplyClassifierJapaneseTests
{
    private const string QuotedSales =
        "\n\n2026年3月10日(火) 9:14 Alex Seller <alex@automeet.io>:\n\n> お打ち合わせのお時間をいただけますか。資料もお送りできます。\n> ご興味がなければ「配信停止」とご返信ください。";

    private static readonly OfflineReplyClassifier Classifier = new();

    private static ReplyClassification Classify(string body, string subject = "Re: お打ち合わせのご相談") =>
        Classifier.Classify(new ReplyInput
        {
            Body = body,
            Subject = subject,
            From = "山田 太郎 <yamada@example.co.jp>",
            Headers = new Dictionary<string, string>(),
            ReceivedAt = Instant.FromUtc(2026, 3, 12, 1, 0),
            ProspectZone = DateTimeZoneProviders.Tzdb["Asia/Tokyo"],
        });

    [Theory]
    [InlineData("来週の木曜日でしたら、午後いつでも大丈夫です。", ReplyLabel.InterestedMeeting)]
    [InlineData("ぜひ一度お打ち合わせさせてください。", ReplyLabel.InterestedMeeting)]
    [InlineData("はい", ReplyLabel.InterestedMeeting)]
    [InlineData("まずはサービス資料をお送りいただけますか。", ReplyLabel.InterestedInfo)]
    [InlineData("今回は見送らせていただきます。", ReplyLabel.NotInterested)]
    [InlineData("配信停止をお願いします。", ReplyLabel.Unsubscribe)]
    [InlineData("今後のご連絡はご遠慮ください。", ReplyLabel.Unsubscribe)]
    [InlineData("来週のミーティングはキャンセルさせてください。", ReplyLabel.Cancel)]
    [InlineData("明日の打ち合わせですが、別日に変更いただけますか。", ReplyLabel.Reschedule)]
    [InlineData("3月20日まで休暇のため不在にしております。", ReplyLabel.OutOfOffice)]
    [InlineData("本件は経理部の中村が担当しておりますので、中村にご連絡ください。", ReplyLabel.Referral)]
    [InlineData("御社のツールはSlackと連携できますか？", ReplyLabel.Question)]
    public void Classify_JapaneseReply_GetsCategory(string body, ReplyLabel expected)
    {
        Assert.Equal(expected, Classify(body).Label);
    }

    [Theory]
    [InlineData("来期であれば検討できるかもしれません。", ObjectionType.Timing)]
    [InlineData("予算がないので難しいです。", ObjectionType.Budget)]
    [InlineData("すでに別のツールを導入済みです。", ObjectionType.Competitor)]
    [InlineData("上司の承認がないと決められません。", ObjectionType.Authority)]
    public void Classify_JapaneseObjection_GetsType(string body, ObjectionType expected)
    {
        var result = Classify(body);

        Assert.Equal(ReplyLabel.Objection, result.Label);
        Assert.Equal(expected, result.Objection);
    }

    [Fact]
    public void Classify_InterestNegatedAfterTheNoun_IsNotInterested()
    {
        Assert.Equal(ReplyLabel.NotInterested, Classify("正直、興味はないです。").Label);
    }

    [Fact]
    public void Classify_TriggerWordsOnlyInQuotedJapaneseText_DoNotDecide()
    {
        var result = Classify("承知しました。水曜の11時でお願いします。" + QuotedSales);

        Assert.Equal(ReplyLabel.InterestedMeeting, result.Label);
    }

    [Fact]
    public void Classify_JapaneseAwayNote_ParsesReturnDate()
    {
        var result = Classify("海外出張のため、3月22日まで不在にしております。");

        Assert.Equal(ReplyLabel.OutOfOffice, result.Label);
        Assert.Equal(new LocalDate(2026, 3, 23), result.ReturnDate);
    }
}
