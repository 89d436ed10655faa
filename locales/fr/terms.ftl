# Noms de produits, de portails et de programmes. Les messages des flux utilisent ces termes.
-product = signup-doctor
-azure = Azure
-azure-portal = portail Azure
-account-center = Centre des comptes
-partner-center = Espace partenaires
-partner-membership-center = Partner Membership Center
-microsoft = Microsoft
-msdn = MSDN
-visual-studio = Visual Studio
-mpn = { $form ->
   *[name] Microsoft AI Cloud Partner Program
    [abbr] Microsoft AI Cloud Partner Program (MPN)
    [formerly] Microsoft AI Cloud Partner Program (anciennement Microsoft Partner Network, MPN)
}
-bizspark = BizSpark
-bizspark-plus = BizSpark Plus
-azure-in-open = Azure dans Open
-online-services = Microsoft Online Services
-azure-ad = Microsoft Entra ID (anciennement Azure AD)
-powershell = PowerShell
-free-trial = compte gratuit Azure
-help-support = Aide + support
