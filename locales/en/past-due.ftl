-past-due-cost-billing = Cost Management + Billing
-past-due-trust-center = Microsoft Trust Center

past-due-title = I have a past-due balance

## start
past-due-start = What do you need help with?
past-due-start-hint = This applies to { -online-services } Program accounts. A missing or failed payment is reported by email or by an alert in the { -azure-portal }. Unpaid subscriptions are canceled, and their data is deleted 90 days later.
past-due-start-pay = I got a past-due notice and want to pay
past-due-start-declined = My card was declined
past-due-start-disabled = My subscription is disabled
past-due-start-no-email = I don't get billing emails
past-due-start-other = I have another question or need help

## how-pay
past-due-how-pay = How do you pay for { -azure }?
past-due-how-pay-card = By credit card
past-due-how-pay-invoice = By invoice

## is-admin
past-due-is-admin = Are you the Account Administrator of the subscription?
past-due-is-admin-hint = The Account Administrator can settle the balance in the { -azure-portal }.
past-due-is-admin-admin = Yes, I'm the Account Administrator
past-due-is-admin-not-admin = No, or I'm not sure

## settle
past-due-settle = Settle the balance in the { -azure-portal }
past-due-settle-hint = If several past-due subscriptions use the same credit card, you have to pay their whole outstanding balance in one go.
past-due-settle-sign-in = Sign in to the { -azure-portal } as the Account Administrator.
past-due-settle-search = Search for "{ -past-due-cost-billing }" and open it.
past-due-settle-link = On the "Overview" page, find the subscription shown as past due and click "Settle balance".
past-due-settle-total = Check the total outstanding balance: it adds up the charges of every { -microsoft } service that uses the failed payment method.
past-due-settle-method = Select the payment method to pay with. From now on, every subscription that used the failed method uses this one.
past-due-settle-owed = If that payment method already owes { -microsoft } charges, they are added to the total: pay them too.
past-due-settle-pay = Click "Pay".

## find-admin
past-due-find-admin = Have the Account Administrator pay
past-due-find-admin-who = Find out who the Account Administrator of your subscription is.
past-due-find-admin-ask = Ask that person to sign in to the { -azure-portal } and settle the balance.
past-due-find-admin-check = Once they have paid, check that the subscription is no longer shown as past due.

## invoice
past-due-invoice = Pay your invoice
past-due-invoice-address = Find where to send the payment: it's at the bottom of your invoice.
past-due-invoice-send = Send your payment to that place.

## paid-yet
past-due-paid-yet = Have you paid the past-due balance?
past-due-paid-yet-paid = Yes, my payment went through, but the subscription is still disabled
past-due-paid-yet-not-paid = No, not yet

## still-disabled
past-due-still-disabled = Only { -azure } support can turn the subscription back on. In the request, say your payment went through and the subscription is still disabled (https://go.microsoft.com/fwlink/?linkid=2083458).

## unpaid
past-due-unpaid = Pay before your data is deleted
past-due-unpaid-hint = Without payment, the service is canceled and your resources stop being available.
past-due-unpaid-deleted = 90 days after the service ends, your { -azure } data is deleted. See how { -microsoft } handles your data in the { -past-due-trust-center }:
past-due-unpaid-pay = Settle the balance well before those 90 days are up.

## email
past-due-email = Get the billing emails
past-due-email-hint = These steps are for the Account Administrator.
past-due-email-check = Check which email address the notifications are sent to.
past-due-email-change = Switch to an address you read regularly.
past-due-email-spam = If the address is right, look in your spam folder.
