import nodemailer from "nodemailer";
import type { Config } from "../../config.ts";

/** One email: plain text only, so what it says is exactly what is written here. */
export interface Mail {
  to: string;
  subject: string;
  text: string;
  /** RFC 8058 one-click unsubscribe, for mail programs that offer it beside the message. */
  unsubscribeUrl?: string;
}

export interface Mailer {
  send(mail: Mail): Promise<void>;
}

/** The SMTP server named by MEND_SMTP_URL, or undefined when this Mend sends no email. */
export function smtpMailer(config: Pick<Config, "mail">): Mailer | undefined {
  const settings = config.mail;
  if (!settings) return undefined;
  const transport = nodemailer.createTransport(settings.smtpUrl);
  return {
    async send(mail) {
      await transport.sendMail({
        from: settings.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        ...(mail.unsubscribeUrl
          ? {
              list: { unsubscribe: { url: mail.unsubscribeUrl, comment: "Stop reminder emails" } },
              headers: { "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
            }
          : {}),
      });
    },
  };
}
