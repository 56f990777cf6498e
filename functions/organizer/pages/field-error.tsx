// A form field's problem beside it (aria-describedby points at `id`), in the words of the refusal.
export function FieldError({ id, message }: { id: string; message?: string | undefined }) {
  return message ? (
    <ul class="field-err" id={id}>
      <li>{message}</li>
    </ul>
  ) : null;
}
