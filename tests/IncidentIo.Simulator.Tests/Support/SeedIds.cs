namespace IncidentIo.Simulator.Tests.Support;

/// <summary>Ids from the embedded simulator-seed.json.</summary>
internal static class SeedIds
{
    public const string Minor = "01HQ5SVMXXQKFBF5KZNWJ47TAN";
    public const string Major = "01HQ5S9ZT24MNPZX45HY43KWJR";
    public const string Critical = "01HQ5SP1XPA7Z3DJ8FSSZ5AWSH";
    public const string Triage = "01HQ5S8VHTPRE95B9EE0ZBGJ09";
    public const string Investigating = "01HQ5STQM83XSSSS6YS3C4DWA7";
    public const string Fixing = "01HQ5SN36096Q14DR9GPQY77ZX";
    public const string Closed = "01HQ5SQ5E6EYCNDY0YP57RCYBV";
    public const string DefaultType = "01HQ5S4WMCHWYFGCW8T7SWM4FV";
    public const string SecurityType = "01HQ5S4DK79Q9G8XE6SZAEAVSN";
    public const string AffectedTeam = "01HQ5STCPM5Q1NXW1RNJ47E65G";
    public const string ProductOption = "01HQ5SH2BH8VGS9ZM5H3BV4H15";
    public const string CustomerImpact = "01HQ5SKKDJWBHP1G201CYFW6VZ";
    public const string LeadRole = "01HQ5SSKDENC8SP3804GVA35RJ";
    public const string ImpactStarted = "01HQ5SNR5YHCF05G59S2S1KKE5";
    public const string Alice = "01JD9S2H6M3P8Q1R4T7V9X2Z5C";
    public const string Bob = "01JDAQYYJTEW0TGFE0JKN9K1EG";
    public const string Carol = "01JDA191XXJEKQGT5PZVBJ2J50";
    public const string PrimarySchedule = "01JDA19ESQ22SMY4EM657F0S27";
    public const string SecondarySchedule = "01JDA3S9GFB0FF769HRT2SXXXG";
    public const string EscalationPath = "01JD9S2H6M3P8Q1R4T7V9X2Z5A";
}
