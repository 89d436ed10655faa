# Topic: activating Azure in Open and Open-program online services (OSA key, tokens, activation email).
-azure-in-open-m365-admin = Microsoft 365 admin center
-azure-in-open-pinpoint = Microsoft Pinpoint
-azure-in-open-programs = Open, Open Value and Open Value Subscription

azure-in-open-title = I can't activate { -azure-in-open } or another Open-program online service

azure-in-open-start = Where are you with your Open purchase?
azure-in-open-start-hint = For online services bought through an Open program ({ -azure-in-open-programs }), { -azure-in-open } included. Open activations no longer need a key: they start from the email sent after the order, or from the { -azure-in-open-m365-admin }.
azure-in-open-start-osa-key = An OSA (Online Service Activation) key for { -azure-in-open }
azure-in-open-start-email = An email with a link to activate my services
azure-in-open-start-no-email = An order, but no key or email I can find
azure-in-open-start-no-key = No key, and I want to buy { -azure } through Open
azure-in-open-start-stuck = I started activating and got stuck
azure-in-open-start-after = I activated, but something isn't right

azure-in-open-key-tokens = Check your OSA key and its tokens
azure-in-open-key-tokens-valid = Ask the partner who sold you the key to confirm it is still valid: the credits on a key can be used for 12 months after it is activated.
azure-in-open-key-tokens-token = Ask them too whether at least one { -azure-in-open } token is left on it.
azure-in-open-key-tokens-activate = Activate the new { -azure-in-open } subscription with that key, following the getting-started page.

azure-in-open-email-link = Activate from the email you received
azure-in-open-email-link-hint = Open online services now activate without a key: the email sent after your order carries the link.
azure-in-open-email-link-find = Find the email sent to you after you ordered your online services.
azure-in-open-email-link-open = Select the activation link in it.
azure-in-open-email-link-follow = Follow the instructions in the email to the end.
azure-in-open-email-link-wait = Allow up to 24 hours before the service shows as activated.

azure-in-open-admin-center = Start the activation from the { -azure-in-open-m365-admin }
azure-in-open-admin-center-hint = { -azure } orders are activated through keys found in the "Product & Services" module.
azure-in-open-admin-center-sign-in = Sign in to the { -azure-in-open-m365-admin } with your credentials.
azure-in-open-admin-center-products = In the "Navigation menu", select "Billing" > "Your products", then the "Volume licensing" tab.
azure-in-open-admin-center-module = Open the "Product & Services" or the "Contracts" module.
azure-in-open-admin-center-license = In the "Keys" section, select the license ID you want to manage.
azure-in-open-admin-center-start = Select "Manage activation", then "Start Activation": a window opens with the key already filled in.
azure-in-open-admin-center-finish = Go through the remaining activation steps until the product is activated.
azure-in-open-admin-center-wait = The service can take up to 24 hours to show as activated in the volume licensing section.

azure-in-open-get-key = Buy { -azure } another way: Open License no longer sells it
azure-in-open-get-key-hint = { -azure-in-open } was sold as OSA keys through Open License, which stopped taking new orders on 1 January 2022.
azure-in-open-get-key-ended = New OSA keys can't be bought through Open License any more.
azure-in-open-get-key-held = If your organization already holds an OSA key, check that one instead: go back to the first question and choose the OSA key.
azure-in-open-get-key-partner = To buy { -azure } for your organization now, ask a { -microsoft } partner found in the partner directory (formerly { -azure-in-open-pinpoint }).
azure-in-open-get-key-direct = Or buy it directly, as a pay-as-you-go subscription.

azure-in-open-stuck = Where does the activation stop?
azure-in-open-stuck-key-refused = My OSA key doesn't work
azure-in-open-stuck-no-azure = I can't see my { -azure } order
azure-in-open-stuck-no-account = It asks for a work or school account I don't have
azure-in-open-stuck-company = I don't know if my organization already has an account
azure-in-open-something-else = Something else

azure-in-open-azure-order = Find the key for your { -azure } order
azure-in-open-azure-order-sign-in = Sign in to the { -azure-in-open-m365-admin }.
azure-in-open-azure-order-products = Select "Billing" > "Your products", then the "Volume licensing" tab.
azure-in-open-azure-order-module = Open the "Product & Services" module: your { -azure } keys are there.
azure-in-open-azure-order-guide = Activate { -azure } with that key, as the "Get Started with Azure in Open Licensing" page explains.

azure-in-open-work-account = Get a work or school account
azure-in-open-work-account-hint = Online services are activated with the account you use for your organization's { -microsoft } services, not a personal one.
azure-in-open-work-account-form = Check whether you already have one. It looks like user@organization.com or user@organization.onmicrosoft.com (organization: your organization's email domain).
azure-in-open-work-account-request = If you don't have one, request it when the activation asks you to register; your tenant administrator approves it.
azure-in-open-work-account-wait = Wait for your organization's tenant administrator to accept or refuse the request.
azure-in-open-work-account-sign-in = Once it's granted, sign in to the { -azure-in-open-m365-admin } with that account.

azure-in-open-company-field = In the organizational account setup, does the "Company" field already show your organization's name?
azure-in-open-company-field-hint = The organization name comes from the license ID of the service you activate. If your organization has an account, it is filled in already.
azure-in-open-company-field-available = Yes, my organization's name is there
azure-in-open-company-field-missing = No, it's empty or I can't select it
azure-in-open-company-field-unsure = I'm not sure

azure-in-open-finish-registration = Finish the registration with your organization's account
azure-in-open-finish-registration-check = Check that the organization name shown is yours: it comes from your original online service order.
azure-in-open-finish-registration-complete = Complete the registration.
azure-in-open-finish-registration-activate = Sign in, then activate the service.

azure-in-open-register-org = Register your organization first
azure-in-open-register-org-hint = Global Administrators can reach almost every setting and most data of your organization: keep their number as low as you can.
azure-in-open-register-org-admin = Make sure a Global Administrator does this: no other role can register an organization for an account.
azure-in-open-register-org-register = Register the organization.
azure-in-open-register-org-activate = Sign in again, then activate the service.

azure-in-open-after = What isn't right?
azure-in-open-after-not-shown = The service doesn't show as activated
azure-in-open-after-logged-out = The activation portal logged me out after one activation
azure-in-open-after-other-org = I want the purchase under another organization

azure-in-open-wait-24h = Give the activation time to show
azure-in-open-wait-24h-wait = Wait: it can take up to 24 hours.
azure-in-open-wait-24h-check = Then check the volume licensing section of the { -azure-in-open-m365-admin } again.

azure-in-open-next-agreement = Activate each agreement in its own session
azure-in-open-next-agreement-hint = This is expected: every Open agreement is activated separately, in its own session, so its licenses can't land on the wrong tenant.
azure-in-open-next-agreement-sign-in = Sign in again.
azure-in-open-next-agreement-activate = Activate the next agreement.
azure-in-open-next-agreement-repeat = Repeat for each agreement that is left.

azure-in-open-new-org = Assign your purchase to a new organization
azure-in-open-new-org-sign-up = Go through the sign-up steps to create the new organization.
azure-in-open-new-org-assign = Assign the seats or products you bought to the new organization.

azure-in-open-no-fix = Volume licensing support handles Open-program activations. Give them your agreement number or licence ID and your organization's name: the summary below has blanks for both.
