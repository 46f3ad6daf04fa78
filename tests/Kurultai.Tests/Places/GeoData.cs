using Kurultai.Actors;
using Kurultai.Places;
using Kurultai.Tests.Testing;

namespace Kurultai.Tests.Places;

/// <summary>
/// Gazetteers for tests: a tiny hand-made one (rows in the file's layout, so every case is visible) and the real
/// one under data/gazetteer, loaded once.
/// </summary>
public static class GeoData
{
    private static readonly Lazy<Gazetteer> RealGazetteer = new(() => Gazetteer.Load(RepoData.Path("data", "gazetteer", Gazetteer.DefaultFileName)));
    private static readonly Lazy<PlaceCues> RealCues = new(() => PlaceCues.Load(RepoData.Path("data", "gazetteer", PlaceCues.DefaultFileName)));
    private static readonly Lazy<ActorLexicon> RealLexicon = new(() => ActorLexicon.Load(
        RepoData.Path("data", "actors", ActorLexicon.RolesFileName), RepoData.Path("data", "actors", ActorLexicon.ActorsFileName)));

    public static Gazetteer Real => RealGazetteer.Value;
    public static PlaceCues Cues => RealCues.Value;
    public static ActorLexicon Lexicon => RealLexicon.Value;

    // C iso2 id name lat lon population capital aliases
    // A code id name country lat lon population capital aliases
    // P id name country admin1 lat lon featurecode population aliases
    public static readonly string[] Rows =
    [
        "C\tKG\t-1\tKyrgyzstan\t42.87\t74.59\t5000000\tBishkek\t",
        "C\tAF\t-2\tAfghanistan\t34.53\t69.17\t30000000\tKabul\t",
        "C\tFR\t-3\tFrance\t48.85\t2.35\t60000000\tParis\t",
        "C\tUS\t-4\tUnited States\t38.9\t-77.04\t300000000\tWashington\t",
        "C\tRU\t-5\tRussia\t55.75\t37.62\t140000000\tMoscow\t",
        "C\tKE\t-6\tKenya\t-1.28\t36.82\t50000000\tNairobi\t",
        "C\tNO\t-7\tNorway\t59.91\t10.75\t5000000\tOslo\t",
        "C\tPE\t-8\tPeru\t-12.04\t-77.03\t33000000\tLima\t",
        "A\tKG.08\t10\tOsh\tKG\t40.52\t72.8\t1000000\tOsh\tOsh Region|Osh Oblasty",
        "A\tKG.03\t11\tJalal-Abad\tKG\t40.93\t73.0\t1000000\tJalal-Abad\tDzhalal-Abadskaya Oblast'",
        "A\tKG.07\t12\tIssyk-Kul\tKG\t42.49\t78.39\t400000\tKarakol\tYsyk-Kol",
        "A\tKG.06\t13\tTalas\tKG\t42.52\t72.24\t200000\tTalas\t",
        "A\tKG.09\t14\tBatken\tKG\t40.06\t70.82\t400000\tBatken\t",
        "A\tAF.18\t15\tNangarhar\tAF\t34.43\t70.45\t1500000\tJalalabad\t",
        "A\tFR.11\t16\tIle-de-France\tFR\t48.85\t2.35\t12000000\tParis\t",
        "A\tUS.TX\t17\tTexas\tUS\t30.27\t-97.74\t25000000\tAustin\t",
        "P\t101\tOsh\tKG\t08\t40.52\t72.8\tPPLA\t200000\tOch|Osch",
        "P\t102\tJalal-Abad\tKG\t03\t40.93\t73.0\tPPLA\t75700\tDzhalal-Abad|Dzhalal Abad",
        "P\t103\tJalālābād\tAF\t18\t34.43\t70.45\tPPLA\t200331\tJalalabad",
        "P\t104\tUzgen\tKG\t08\t40.77\t73.3\tPPL\t40360\tOzgon|Uzkend",
        "P\t105\tBalykchy\tKG\t07\t42.46\t76.19\tPPL\t40000\tIssyk-Kul'|Rybachye",
        "P\t106\tKarakol\tKG\t07\t42.49\t78.39\tPPLA\t70000\t",
        "P\t107\tTalas\tKG\t06\t42.52\t72.24\tPPLA\t35000\t",
        "P\t108\tBatken\tKG\t09\t40.06\t70.82\tPPLA\t10000\t",
        "P\t109\tBishkek\tKG\t01\t42.87\t74.59\tPPLC\t900000\tFrunze|Pishpek",
        "P\t201\tParis\tFR\t11\t48.85\t2.35\tPPLC\t2100000\tLutetia",
        "P\t202\tParis\tUS\tTX\t33.66\t-95.56\tPPLA2\t25000\t",
        "P\t203\tHilton\tUS\tTX\t31.0\t-97.0\tPPL\t5000\t",
        "P\t301\tTalas\tTR\t38\t38.69\t35.55\tPPLA2\t36890\t",
        "P\t401\tPerm\tRU\t90\t58.0\t56.25\tPPLA\t1000000\tMolotov",
        // Kenya, and namesakes abroad of Kenyan street and park names: Moi (a Norwegian village), Oslo's odd alias.
        "A\tKE.30\t18\tNairobi County\tKE\t-1.28\t36.82\t4000000\tNairobi\tNairobi Province",
        "P\t601\tNairobi\tKE\t30\t-1.28\t36.82\tPPLC\t2750000\t",
        "P\t602\tKisumu\tKE\t07\t-0.10\t34.76\tPPLA\t400000\t",
        "P\t501\tMoi\tNO\t14\t58.46\t6.55\tPPL\t2000\t",
        "P\t502\tOslo\tNO\t12\t59.91\t10.75\tPPLC\t600000\tOhoro",
        "P\t503\tThe Valley\tAI\t00\t18.22\t-63.06\tPPLC\t2000\tValley",
        "P\t504\tAsia\tPH\t06\t9.55\t122.52\tPPL\t30000\t",
        "P\t505\tSeaside Park\tUS\tNJ\t39.93\t-74.08\tPPL\t1500\t",
        // Peru: Lima's namesake in Ohio is a hundred times smaller; Chota is found in Peru only.
        "P\t701\tLima\tPE\t15\t-12.04\t-77.03\tPPLC\t7737002\t",
        "P\t702\tLima\tUS\tOH\t40.74\t-84.11\tPPL\t38000\t",
        "P\t703\tChota\tPE\t06\t-6.56\t-78.65\tPPLA2\t20000\t",
        "P\t704\tLa Paz\tBO\t04\t-16.5\t-68.15\tPPLG\t812799\t",
        "P\t705\tPaz\tNI\t10\t12.0\t-86.0\tPPL\t3000\t",
    ];

    public static readonly string[] CountryVariants =
    [
        "KG\tKyrgyzstan\tKirghizia|Kyrgyz Republic\tKyrgyz|Kyrgyzstani|Kirghiz",
        "AF\tAfghanistan\t\tAfghan",
        "FR\tFrance\t\tFrench",
        "US\tUnited States\tUSA|America\tAmerican",
        "RU\tRussia\t\tRussian",
        "KE\tKenya\t\tKenyan",
        "NO\tNorway\t\tNorwegian",
        "PE\tPeru\t\tPeruvian",
    ];

    public static Gazetteer Small() => Gazetteer.FromRows(Rows, CountryVariants);
}
