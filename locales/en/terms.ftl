# Product, portal and program names. Flows' messages use these terms instead of writing names out.
-product = signup-doctor
-azure = Azure
-azure-portal = Azure portal
-account-center = Account Center
-partner-center = Partner Center
-partner-membership-center = Partner Membership Center
-microsoft = Microsoft
-msdn = MSDN
-visual-studio = Visual Studio
-mpn = { $form ->
   *[name] Microsoft AI Cloud Partner Program
    [abbr] Microsoft AI Cloud Partner Program (MPN)
    [formerly] Microsoft AI Cloud Partner Program (formerly Microsoft Partner Network, MPN)
}
-bizspark = BizSpark
-bizspark-plus = BizSpark Plus
-azure-in-open = Azure in Open
-online-services = Microsoft Online Services
-azure-ad = Microsoft Entra ID (formerly Azure AD)
-powershell = PowerShell
-free-trial = Azure free account
-help-support = Help + support
