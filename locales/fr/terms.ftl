# Noms de produits, de portails et de programmes. Les messages des flux utilisent ces termes.
# en: 2968de26
-product = signup-doctor
# en: 4155e948
-azure = Azure
# en: 2d58ee11
-azure-portal = portail Azure
# en: 4b0cb05a
-account-center = Centre des comptes
# en: e52402f8
-partner-center = Espace partenaires
# en: 504ce649
-partner-membership-center = Partner Membership Center
# en: 59a75ee6
-microsoft = Microsoft
# en: 42a63ab3
-msdn = MSDN
# en: 10491ec2
-visual-studio = Visual Studio
# en: a91fada8
-mpn = { $form ->
   *[name] Microsoft AI Cloud Partner Program
    [abbr] Microsoft AI Cloud Partner Program (MPN)
    [formerly] Microsoft AI Cloud Partner Program (anciennement Microsoft Partner Network, MPN)
}
# en: d587d1a7
-bizspark = BizSpark
# en: 542b0f18
-bizspark-plus = BizSpark Plus
# en: 877486b4
-azure-in-open = Azure dans Open
# en: dc71a393
-online-services = Microsoft Online Services
# en: a418be0a
-azure-ad = Microsoft Entra ID (anciennement Azure AD)
# en: d772802c
-powershell = PowerShell
# en: bd6ec6dc
-free-trial = compte gratuit Azure
# en: ac8c9c75
-help-support = Aide + support
