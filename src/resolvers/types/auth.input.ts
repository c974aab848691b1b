import { Field, InputType } from 'type-graphql';

@InputType('RegisterInput', { description: 'A new account. The first account becomes ADMIN, later ones CUSTOMER.' })
export class RegisterInput {
  @Field(() => String, { description: '3-50 letters, digits, dots, dashes or underscores.' })
  username!: string;

  @Field(() => String, { description: 'A valid email address; one account per address.' })
  email!: string;

  @Field(() => String, { description: 'At least 8 characters (configurable).' })
  password!: string;
}
