# Topic: Partner Center account setup or MPN renewal (seed 001).

partner-center-title = { -partner-center } account setup

## start
partner-center-start = What is blocking you in { -partner-center }?
partner-center-start-hint = Changing your tenant's sign-up settings needs an administrator of your company's { -azure-ad } (the fix says which role); the other fixes you can do yourself.
partner-center-start-password = I forgot my password
partner-center-start-signup-off = I'm told my IT department turned off sign-up for { -partner-center }
partner-center-start-read-only = I'm moving from { -partner-membership-center } and can't edit my company details
partner-center-start-went-wrong = I get "Something went wrong" on the "Tell us about your company" screen
partner-center-start-declined = My credit card order says "Your order was declined"
partner-center-start-to-online = I want to switch from offline to online payment
partner-center-start-other = Something else about my { -partner-center } account or bill

## password-reset
partner-center-password-reset = Reset your password
partner-center-password-reset-page = Go to the { -partner-center } sign-in page.
partner-center-password-reset-link = Select the "Can't access your account?" link.
partner-center-password-reset-new = Follow the prompts to set a new password, then sign in with it.

## password-admin
partner-center-password-admin = Get new credentials from your Global Administrator
partner-center-password-admin-ask = Ask your Global Administrator to reset your password or to give you new credentials.
partner-center-password-admin-sign-in = Sign in to { -partner-center } with the credentials your Global Administrator gives you.

## signup-off
partner-center-signup-off = Do you have the Global Administrator or Privileged Role Administrator role in your company's { -azure-ad }?
partner-center-signup-off-hint = The message means self-service sign-up (sign-up by email verification) is turned off on your { -azure-ad } tenant. A Privileged Role Administrator or a Global Administrator can turn it back on.
partner-center-signup-off-admin = Yes, I have one of those roles
partner-center-signup-off-not-admin = No, or I don't know who is

## enable-signup
partner-center-enable-signup = Turn self-service sign-up back on
partner-center-enable-signup-hint = Warning: these two settings let anyone with an email address in one of your verified domains join your tenant and sign up for self-service offers on their own. Turn them on only if your security policy allows it.
partner-center-enable-signup-open = Open { -powershell } with the Microsoft Graph PowerShell module (to install it: Install-Module Microsoft.Graph).
partner-center-enable-signup-connect = Sign in with a role allowed to change the setting (Privileged Role Administrator, or Global Administrator):
        Connect-MgGraph -Scopes Policy.ReadWrite.Authorization
partner-center-enable-signup-record = Write down the current values first, to put them back afterwards:
        Get-MgPolicyAuthorizationPolicy | Select-Object AllowedToSignUpEmailBasedSubscriptions, AllowEmailVerifiedUsersToJoinOrganization
partner-center-enable-signup-run = Turn both settings on (this replaces Set-MsolCompanySettings, retired with MSOnline PowerShell):
        Update-MgPolicyAuthorizationPolicy -AllowedToSignUpEmailBasedSubscriptions:$true -AllowEmailVerifiedUsersToJoinOrganization:$true
partner-center-enable-signup-doc = To learn what these two settings allow, read "Self-service sign-up" in the Microsoft Entra documentation.
partner-center-enable-signup-retry = Sign up for { -partner-center } again.
partner-center-enable-signup-restore = Once the sign-up is done, put back the values you wrote down, with the same command: for a setting that was False,
        Update-MgPolicyAuthorizationPolicy -AllowedToSignUpEmailBasedSubscriptions:$false

## ask-admin
partner-center-ask-admin = Ask your Global Administrator to turn sign-up back on
partner-center-ask-admin-hint = Warning: the change lets anyone with an email address in one of your company's verified domains join its tenant and sign up for self-service offers on their own. Your administrator decides whether your security policy allows it.
partner-center-ask-admin-find = Ask your IT department who holds the Privileged Role Administrator or Global Administrator role in your { -azure-ad }.
partner-center-ask-admin-connect = Send them these Microsoft Graph PowerShell commands. First, to sign in:
        Connect-MgGraph -Scopes Policy.ReadWrite.Authorization
partner-center-ask-admin-record = Then, to note the current values, so they can be put back:
        Get-MgPolicyAuthorizationPolicy | Select-Object AllowedToSignUpEmailBasedSubscriptions, AllowEmailVerifiedUsersToJoinOrganization
partner-center-ask-admin-send = Then, to turn sign-up back on:
        Update-MgPolicyAuthorizationPolicy -AllowedToSignUpEmailBasedSubscriptions:$true -AllowEmailVerifiedUsersToJoinOrganization:$true
partner-center-ask-admin-restore = Once your sign-up is done, ask them to put back the values they noted, with the same command.
partner-center-ask-admin-doc = Point them to "Self-service sign-up" for what the two settings allow.
partner-center-ask-admin-retry = Once they confirm both ran, sign up for { -partner-center } again.

## read-only
partner-center-read-only = Review and accept your company details
partner-center-read-only-hint = Your company already exists in { -partner-center } (a CSP account, for example), so this screen is read-only. That is by design, not an error.
partner-center-read-only-check = Check the company details shown: they are the ones { -partner-center } already holds.
partner-center-read-only-accept = Select "Accept".
partner-center-read-only-continue = Select "Continue" to go on.

## phone-number
partner-center-phone-number = Fix the company phone number
partner-center-phone-number-hint = This error usually comes from the company phone number.
partner-center-phone-number-special = In the "Phone Number" field, remove any special characters.
partner-center-phone-number-spaces = Remove every space.
partner-center-phone-number-country = Remove the country code.
partner-center-phone-number-length = Check that the number is 10 characters long at most.
partner-center-phone-number-submit = Submit the "Tell us about your company" screen again.

## card-address
partner-center-card-address = Use your card's address
partner-center-card-address-address = Enter the address your credit card is registered to, not your legal entity's address.
partner-center-card-address-zip = Check the zip code: it must be right and belong to that address.
partner-center-card-address-retry = Place the order again.
partner-center-bank-checks = Ask your bank to let the payment through
partner-center-bank-checks-call = Call your bank or card issuer and tell them a { -microsoft } payment was declined.
partner-center-bank-checks-international = Ask them to allow international transactions on the card.
partner-center-bank-checks-funds = Make sure the card's limit or available funds cover the order.
partner-center-bank-checks-retry = Place the order again.

## cancel-order
partner-center-cancel-order = Cancel the order and buy again
partner-center-cancel-order-hint = An existing order can't change its payment method: cancel it, then buy again with the method you prefer. Not sure what cancelling means for your membership meanwhile? Choose "No" below to ask { -partner-center } support first.
partner-center-cancel-order-tab = In the Dashboard, select the "Membership Offers" tab.
partner-center-cancel-order-cancel = Select "Cancel order".
partner-center-cancel-order-confirm = Confirm in the window that appears: the original order is cancelled only once you do.
partner-center-cancel-order-buy = Buy the offer again and pay with your online payment method.

## more-help
partner-center-more-help = Review your account and your bill
partner-center-more-help-account = Read "Manage your { -partner-center } account" to check your account settings.
partner-center-more-help-bill = For a question about charges, read "How to read your bill and recon file".
