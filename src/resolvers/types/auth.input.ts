import { Field, InputType } from 'type-graphql';

@InputType('RegisterInput', { description: 'A new account. The first account becomes ADMIN, later ones CUSTOMER.' })
export class RegisterInput {
  @Field(() => String, { description: '3-50 letters, digits, dots, dashes or underscores.' })
  username!: string;

  @Field(() => String, { description: 'A valid email address; one account per address.' })
  email!: string;

  @Field(() => String, { description: 'At least 8 characters (configurable).' })
  password!: string;

  @Field(() => String, { nullable: true, description: 'The name the person goes by (up to 100 characters); optional.' })
  fullName?: string | null;
}

@InputType('UpdateProfileInput', { description: 'Changes to the signed-in user\'s own account; fields left out stay as they are.' })
export class UpdateProfileInput {
  @Field(() => String, { nullable: true, description: 'The new full name (up to 100 characters); an empty string removes it.' })
  fullName?: string | null;

  @Field(() => String, { nullable: true, description: 'The new email address; needs `currentPassword`.' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'The account\'s current password: required to change the email address.' })
  currentPassword?: string | null;
}
