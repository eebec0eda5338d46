import { SelectField } from '@/components/fields';
import { countries } from '@/lib/countries';

/** Where the assets will be used: editorial rights differ by country, so the API requires one. */
export function CountryPicker({
  value,
  onChange,
  className,
}: {
  value: string;
  onChange: (code: string) => void;
  className?: string;
}) {
  return (
    <SelectField
      label="Country of use"
      value={value}
      options={countries().map((country) => ({ value: country.code, label: country.name }))}
      onValueChange={onChange}
      className={className}
      data-testid="country-picker"
    />
  );
}
